// Which tabs and menu actions the window offers each role (test T17 for the window), driven
// through MainWindow::setSignedIn on the demo panel with an observer and an expert with a
// conflict of interest added: nobody, observer, expert, conflicted expert, secretariat and
// chair, against the table written out here. A refused import names the roles that may and
// changes nothing; a conflicted expert cannot open that team's sheet or findings.

#include "decision/ComposeDecision.h"
#include "MainWindow.h"
#include "PanelView.h"
#include "AuditPage.h"
#include "ProgressPage.h"
#include "StandingsPage.h"
#include "Translations.h"
#include "itemmodels/StandingsTableModel.h"
#include "analysis/AgreementPage.h"
#include "analysis/SensitivityPage.h"
#include "charts/ChartsPage.h"
#include "findings/FindingsPage.h"
#include "imports/ImportFlows.h"
#include "sheets/ExpertWorkspace.h"
#include "storage/PanelStore.h"

#include <QAction>
#include <QBoxPlotSeries>
#include <QChartView>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

// nobody, observer, expert, conflicted expert, secretariat, chair
const char *const kViewers[] = {"nobody", "observer", "expert", "conflicted expert", "secretariat", "chair"};

struct Expectation {
    const char *what;
    const char *expected;   // one character per viewer above
};

const Expectation kTabs[] = {
    {"standings", "111111"}, {"my sheets", "001101"}, {"independence", "001111"},
    {"charts", "000001"},    {"sensitivity", "000001"}, {"agreement", "000001"},
    {"progress", "000001"},  {"audit", "000001"},       {"decision", "000001"},
};

// File menu actions (by their text) and whether each is enabled.
const Expectation kActions[] = {
    {"Sign &out", "011111"},
    {"&Members…", "000011"},
    {"My &conflicts and passphrase…", "0111--"},   // '-': the entry is "Members…" instead
    {"&Import", "000011"},
    {"&Benchmark results…", "000011"},
    {"&User ratings…", "000011"},
    {"Score &sheets…", "000001"},
    {"E&xport my score sheets…", "001101"},
};

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu())
            if (QAction *inner = findAction(action->menu(), text))
                return inner;
    }
    return nullptr;
}

QAction *fileAction(MainWindow &window, const QString &text)
{
    for (QAction *top : window.menuBar()->actions())
        if (top->menu() && top->text() == u"&File")
            return findAction(top->menu(), text);
    return nullptr;
}

} // namespace

class TestWindowRoles : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void saveScreenshot(const QString &name)
    {
        const QString folder = qEnvironmentVariable("PANELDESK_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        m_window->panelView()->setCurrentIndex(0);
        m_window->grab().save(QStringLiteral("%1/%2.png").arg(folder, name));
    }

    std::optional<Member> viewer(int index) const
    {
        const char *ids[] = {nullptr, "observer", "e01", "conflicted", "secretariat", "chair"};
        if (!ids[index])
            return std::nullopt;
        for (const Member &m : m_window->store()->members())
            if (m.id == QLatin1String(ids[index]))
                return m;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<MainWindow>(m_dir.path());
        m_window->resize(1366, 768);
        m_window->show();
        QString error;
        QVERIFY2(m_window->openDemo(&error), qPrintable(error));
        m_window->store()->addMember({u"observer"_qs, u"참관인"_qs, Role::Observer, {}}, u"chair"_qs);
        m_window->store()->addMember({u"conflicted"_qs, u"전문가 11"_qs, Role::Expert, {u"lg"_qs}}, u"chair"_qs);
    }
    void cleanupTestCase() { m_window.reset(); }

    void tabsAndMenus_data()
    {
        QTest::addColumn<int>("viewer");
        for (int v = 0; v < 6; ++v)
            QTest::newRow(kViewers[v]) << v;
    }
    void tabsAndMenus()
    {
        QFETCH(int, viewer);
        const std::optional<Member> member = this->viewer(viewer);
        QCOMPARE(member.has_value(), viewer != 0);
        m_window->setSignedIn(member);
        PanelView *view = m_window->panelView();
        QWidget *pages[] = {view->standings(), view->workspace(),   view->findingsPage(),
                                  view->charts(),    view->sensitivity(), view->agreement(),
                                  view->progress(),  view->audit(),       view->decisionPage()};
        for (size_t i = 0; i < std::size(kTabs); ++i) {
            const bool expected = kTabs[i].expected[viewer] == '1';
            const bool shown = pages[i] && view->isShowing(pages[i]);
            QVERIFY2(shown == expected, kTabs[i].what);
        }
        for (const Expectation &e : kActions) {
            QAction *action = fileAction(*m_window, QString::fromUtf8(e.what));
            if (e.expected[viewer] == '-') {
                QVERIFY2(!action, e.what);
                continue;
            }
            if (!action) {   // "&Members…" is only there for who may manage members
                QVERIFY2(e.expected[viewer] == '0' && QByteArray(e.what) == "&Members…", e.what);
                continue;
            }
            QVERIFY2(action->isEnabled() == (e.expected[viewer] == '1'), e.what);
        }
        // the standings tell nobody that they see only what is public
        QCOMPARE(m_window->standingsPage()->disclosureText().isEmpty(), viewer != 0);
        saveScreenshot(QStringLiteral("roles-%1").arg(viewer));
    }

    // An import refused for a role names who may, and writes nothing.
    void refusedImportsChangeNothing_data() { tabsAndMenus_data(); }
    void refusedImportsChangeNothing()
    {
        QFETCH(int, viewer);
        m_window->setSignedIn(this->viewer(viewer));
        ImportFlows *flows = m_window->importFlows();
        if (viewer == 0) {
            QVERIFY(!flows);   // nobody: no import at all
            return;
        }
        const size_t auditBefore = m_window->store()->auditLog().size();
        const QString missing = m_dir.filePath(u"never-read.json"_qs);
        if (kActions[6].expected[viewer] == '0') {
            QVERIFY(!flows->importSheetsFile(missing));
            QCOMPARE(flows->lastMessage(), u"Only the chair imports score sheets."_qs);
        }
        if (kActions[5].expected[viewer] == '0') {
            const RatingsImportResult result = flows->importRatingsFile(missing, true);
            QCOMPARE(int(result.outcome), int(RatingsImportResult::Outcome::Refused));
            QCOMPARE(result.rows, qint64(0));
            QCOMPARE(flows->lastMessage(), u"Only the secretariat and the chair import user ratings."_qs);
        }
        QCOMPARE(m_window->store()->auditLog().size(), auditBefore);
    }

    // A conflict of interest closes that team's sheet and findings, not the others.
    void conflictedExpertCannotOpenTheTeam()
    {
        m_window->setSignedIn(viewer(3));
        auto *workspace = qobject_cast<ExpertWorkspace *>(m_window->panelView()->workspace());
        QVERIFY(workspace);
        QVERIFY(!workspace->openTeam(u"lg"_qs));
        QVERIFY(workspace->messageText().contains(u"conflict"));
        QVERIFY(workspace->openTeam(u"skt"_qs));
        auto *findings = qobject_cast<FindingsPage *>(m_window->panelView()->findingsPage());
        QVERIFY(findings);
        QVERIFY(!findings->openTeam(u"lg"_qs));
        QVERIFY(findings->openTeam(u"skt"_qs));
    }

    // Signing the chair out leaves nothing of what the chair's pages showed: their models
    // (charts, sensitivity, agreement, progress, audit) are emptied, not just hidden.
    void chairPagesEmptiedOnSignOut_data()
    {
        QTest::addColumn<int>("next");
        QTest::newRow("nobody") << 0;
        QTest::newRow("observer") << 1;
        QTest::newRow("expert") << 2;
        QTest::newRow("secretariat") << 4;
    }
    void chairPagesEmptiedOnSignOut()
    {
        QFETCH(int, next);
        m_window->setSignedIn(viewer(5));
        PanelView *view = m_window->panelView();
        QWidget *pages[] = {view->charts(), view->sensitivity(), view->agreement(), view->progress(), view->audit()};
        const auto cells = [&] {
            int total = 0;
            for (QWidget *page : pages)
                for (QAbstractItemModel *model : page->findChildren<QAbstractItemModel *>())
                    if (!qobject_cast<QComboBox *>(model->parent()))
                        total += model->rowCount() * model->columnCount();   // cells
            return total;
        };
        for (QWidget *page : pages)
            view->setCurrentWidget(page);   // showing a page fills it
        QVERIFY(cells() > 0);
        m_window->setSignedIn(viewer(next));
        QCOMPARE(cells(), 0);
        for (QChartView *chart : view->charts()->findChildren<QChartView *>())
            for (QAbstractSeries *series : chart->chart()->series())
                if (auto *boxes = qobject_cast<QBoxPlotSeries *>(series))
                    QCOMPARE(boxes->count(), 0);   // no sheet totals of the chair's
    }

    // The window for nobody in Korean: the same rule, the texts of the window in Korean (the
    // new sentences follow once the lead's lupdate has them translated).
    void koreanForNobody()
    {
        Translations translations;
        translations.apply(u"ko"_qs);
        MainWindow window(m_dir.path(), &translations);
        window.resize(1366, 768);
        window.show();
        QString error;
        QVERIFY2(window.openDatabase(m_window->currentPath(), &error), qPrintable(error));
        StandingsPage *page = window.standingsPage();
        QCOMPARE(page->model()->headerData(page->model()->teamColumn(), Qt::Horizontal).toString(), u"팀"_qs);
        QVERIFY(!page->disclosureText().isEmpty());
        for (int column = 0; column < page->model()->columnCount(); ++column)
            QCOMPARE(page->table()->isColumnHidden(column), column != page->model()->teamColumn());
        const QString folder = qEnvironmentVariable("PANELDESK_SCREENSHOTS");
        if (!folder.isEmpty())
            window.grab().save(folder + u"/roles-nobody-ko.png"_qs);
        translations.apply(u"en"_qs);
    }

    // Once the decision is announced, nobody sees its public disclosure: outcomes, the
    // chair's reasons, verdicts and the averages; no team's scores (none is published).
    // Signed in, members see their standings as before. (Last: it decides the round.)
    void nobodySeesThePublicDisclosureOnceAnnounced()
    {
        PanelStore &store = *m_window->store();
        const QDate today = QDate::currentDate();
        store.lockRound(u"chair"_qs);
        decideRound(store, today, {{u"nc"_qs, u"lowest total among eligible teams"_qs},
                                  {u"naver"_qs, u"failed the independence criterion"_qs}},
                          {}, u"chair"_qs);
        m_window->setSignedIn(std::nullopt);
        StandingsPage *page = m_window->standingsPage();
        QVERIFY2(page->disclosureText().contains(u"decided, not yet announced"), qPrintable(page->disclosureText()));
        QVERIFY(page->reasonsText().isEmpty());   // decided is not announced
        store.announceDecision(today, today, u"chair"_qs);
        QString error;
        QVERIFY2(m_window->refresh(&error), qPrintable(error));
        QVERIFY2(page->disclosureText().contains(u"decision version 1"), qPrintable(page->disclosureText()));
        QAbstractItemModel *model = page->table()->model();
        QCOMPARE(model->rowCount(), 5);
        QStringList outcomes;
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c : {0, 1, 3, 4, 5, 6, 12, 13})   // ranks, categories, total, flags, margin
                QCOMPARE(model->index(r, c).data().toString(), u"—"_qs);
            outcomes << model->index(r, 11).data().toString();
            QVERIFY(model->index(r, 10).data().toString() != u"—");   // the verdict
        }
        QVERIFY2(outcomes.contains(u"disqualified"_qs) && outcomes.contains(u"eliminated (score)"_qs)
                     && outcomes.count(u"advance"_qs) == 3,
                 qPrintable(outcomes.join(u", "_qs)));
        QVERIFY2(page->summaryText().contains(u"79.70"), qPrintable(page->summaryText()));   // the averages
        QVERIFY(page->reasonsText().contains(u"lowest total among eligible teams"));
        saveScreenshot(u"public-disclosure"_qs);
        m_window->setSignedIn(viewer(4));
        QCOMPARE(model->index(0, 6).data().toString(), u"90.2"_qs);
        QVERIFY(page->disclosureText().isEmpty());
    }
};

QTEST_MAIN(TestWindowRoles)
#include "tst_windowroles.moc"
