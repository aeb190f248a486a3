// File > Import in the window, driven offscreen as the secretariat: a 200,000-row ratings
// import cancelled from its progress dialog leaves the database exactly as it was, the same
// file then imports completely and the standings follow; a broken file opens the problems
// dialog with line:column; an lm-evaluation-harness file goes through the preview (team,
// mapping, old -> new) and is written on Import. Set PANELDESK_SCREENSHOTS=DIR to keep PNGs.

#include "ScriptedDialogs.h"
#include "MainWindow.h"
#include "PanelView.h"
#include "imports/BenchmarkPreviewDialog.h"
#include "imports/ImportFlows.h"
#include "imports/ImportProblemsDialog.h"
#include "imports/MappingDialog.h"
#include "importers/SheetsExchange.h"
#include "../importers/ImportTestSupport.h"
#include "../importers/SignedSheetsSupport.h"
#include "demo/DemoPassphrases.h"
#include "storage/SqliteStore.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("PANELDESK_SCREENSHOTS");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

QByteArray ratings(int evaluators)
{
    QByteArray csv = "evaluator,team,item,rating\n";
    csv.reserve(evaluators * 5 * 24);
    for (int e = 0; e < evaluators; ++e)
        for (const char *team : {"lg", "skt", "upstage", "naver", "nc"})
            csv += "p" + QByteArray::number(e) + ',' + team + ",usability," + QByteArray::number(1 + (e * 7 + int(team[1])) % 5) + '\n';
    return csv;
}

} // namespace

class TestImportFlows : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cancelThenCompleteRatingsImport();
    void brokenFileShowsProblems();
    void lmEvalThroughThePreview();
    void chairImportsSheetsFile();
    void fillOfflineSheets();
    void menuFollowsTheRole();
    void ratingsMenuAsksAddOrReplace();

private:
    Member member(const QString &id) const;
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

Member TestImportFlows::member(const QString &id) const
{
    for (const Member &m : m_window->store()->members())
        if (m.id == id)
            return m;
    return {};
}

// Import > User ratings… through the window's dialogs (Dialogs.h): the file is chosen, and
// with ratings already stored the member chooses to add or replace; cancelling that choice
// changes nothing, "Replace them" leaves exactly the file's ratings.
void TestImportFlows::ratingsMenuAsksAddOrReplace()
{
    m_window->setSignedIn(member(u"secretariat"_qs));
    const QString csv = m_dir.filePath(u"few-ratings.csv"_qs);
    writeFile(csv, ratings(4));   // 20 rows
    pd::test::ScriptedDialogs dialogs;
    m_window->setDialogs(dialogs);
    const QByteArray before = databaseFingerprint(m_db);
    dialogs.files = {csv};
    dialogs.choices = {-1};
    m_window->importFlows()->importRatings();
    QCOMPARE(dialogs.count(u"openFile"_qs), 1);
    QCOMPARE(dialogs.count(u"choose"_qs), 1);
    QVERIFY(dialogs.lastText(u"choose"_qs).contains(u"few-ratings.csv"_qs));
    QCOMPARE(databaseFingerprint(m_db), before);   // cancelled: nothing written

    dialogs.files = {csv};
    dialogs.choices = {1};   // "Replace them"
    m_window->importFlows()->importRatings();
    qint64 stored = 0;
    for (const RatingTally &t : m_window->store()->loadScoringInputs().ratingTallies)
        stored += t.count;
    QCOMPARE(stored, qint64(20));
    QCOMPARE(dialogs.count(u"show"_qs), 0);   // no error
    m_window->setDialogs(pd::widgetDialogs());
}

void TestImportFlows::initTestCase()
{
    m_db = m_dir.filePath(u"demo.paneldesk"_qs);
    createDemoDatabase(m_db, {false, u"test"_qs});
    m_window = std::make_unique<MainWindow>(m_dir.path());
    QString error;
    QVERIFY2(m_window->openDatabase(m_db, &error), qPrintable(error));
    m_window->setSignedIn(member(u"secretariat"_qs));
    m_window->show();
    QVERIFY(m_window->importFlows());
}

void TestImportFlows::cancelThenCompleteRatingsImport()
{
    const QString csv = m_dir.filePath(u"ratings.csv"_qs);
    writeFile(csv, ratings(40000));   // 200,000 rows
    const QByteArray before = databaseFingerprint(m_db);

    // Cancel from the progress dialog at the first progress report, as a user would: the
    // hook shows the dialog (it would appear by itself after 300 ms) and clicks its Cancel
    // button, so the moment does not depend on how fast this machine imports.
    bool clicked = false;
    qint64 cancelledAt = -1, fileSize = 0;
    m_window->importFlows()->setProgressHook([&](QProgressDialog &progress, qint64 done, qint64 total) {
        if (clicked)
            return;
        progress.show();
        QVERIFY(progress.isVisible());
        screenshot(&progress, "import-ratings-progress");
        for (QPushButton *button : progress.findChildren<QPushButton *>())
            if (button->text() == u"Cancel"_qs) {
                clicked = true;
                cancelledAt = done;
                fileSize = total;
                QTest::mouseClick(button, Qt::LeftButton);
            }
    });
    RatingsImportResult result = m_window->importFlows()->importRatingsFile(csv, true);
    m_window->importFlows()->setProgressHook({});
    QVERIFY(clicked);
    QVERIFY2(cancelledAt > 0 && cancelledAt < fileSize, "cancelled part-way through the file");
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Cancelled);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"cancelled"));
    QCOMPARE(databaseFingerprint(m_db), before);

    // The same file, not cancelled: every row, and the standings show the new ratings.
    result = m_window->importFlows()->importRatingsFile(csv, true);
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Imported);
    QCOMPARE(result.imported, qint64(200000));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"200,000"));
    qint64 stored = 0;
    for (const RatingTally &t : m_window->store()->loadScoringInputs().ratingTallies)
        stored += t.count;
    QCOMPARE(stored, qint64(200000));
    screenshot(m_window.get(), "after-ratings-import");
}

void TestImportFlows::brokenFileShowsProblems()
{
    const QString csv = m_dir.filePath(u"broken.csv"_qs);
    writeFile(csv, "evaluator,team,item,rating\nq1,lg,usability,5\nq2,lgx,usability,5\nq3,lg,usability,7\n");
    const QByteArray before = databaseFingerprint(m_db);
    const RatingsImportResult result = m_window->importFlows()->importRatingsFile(csv, false);
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Refused);
    ImportProblemsDialog *dialog = m_window->importFlows()->problemsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->list()->count(), 2);
    QVERIFY(dialog->list()->item(0)->text().startsWith(u"broken.csv:3:4: team: unknown team \"lgx\""_qs));
    QVERIFY(dialog->list()->item(1)->text().startsWith(u"broken.csv:4:17:"_qs));
    QVERIFY(dialog->summary()->text().contains(u"Nothing was imported"));
    screenshot(dialog, "import-problems");
    dialog->close();
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestImportFlows::lmEvalThroughThePreview()
{
    const QString json = m_dir.filePath(u"results.json"_qs);
    writeFile(json, R"({"results": {"kmmlu": {"alias": "kmmlu", "acc,none": 0.612, "acc_stderr,none": 0.01},
        "hae_rae": {"alias": "haerae", "acc_norm,none": 0.705}, "arc_easy": {"acc,none": 0.8}},
        "configs": {}, "versions": {}, "n-shot": {}, "config": {"model": "hf", "model_args": "pretrained=upstage/solar-open"}})");
    BenchmarkPreviewDialog dialog(*m_window->store(), json, u"secretariat"_qs, m_window.get());
    dialog.show();
    QVERIFY(dialog.isLmEval());
    QVERIFY(!dialog.importButton()->isEnabled());   // no team, no mapping yet
    QVERIFY(dialog.problems()->isVisible());
    dialog.teamBox()->setCurrentIndex(dialog.teamBox()->findData(u"upstage"_qs));
    // the mapping editor, prefilled with the file's tasks
    MappingDialog mapping(m_window->store()->loadScoringInputs().panel, {},
                          suggestMapping(readSmallFile(json, json)), &dialog);
    QCOMPARE(mapping.table()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QString task = mapping.table()->item(row, MappingDialog::TaskColumn)->text();
        if (task == u"kmmlu"_qs)
            mapping.setBenchmark(row, u"common-kmmlu"_qs);
        if (task == u"hae_rae"_qs)
            mapping.setBenchmark(row, u"common-hae-rae"_qs);
    }
    screenshot(&mapping, "benchmark-mapping");
    QCOMPARE(mapping.mapping().size(), size_t(2));   // arc_easy left unmapped
    QCOMPARE(mapping.mapping()[0].scale, 100.0);
    dialog.setMapping(mapping.mapping());
    QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.plan().issues.text()));
    QCOMPARE(dialog.changes()->rowCount(), 2);
    QStringList after;
    for (int row = 0; row < 2; ++row)
        after << dialog.changes()->item(row, BenchmarkPreviewDialog::BenchmarkColumn)->text() + u' '
                     + dialog.changes()->item(row, BenchmarkPreviewDialog::AfterColumn)->text();
    after.sort();
    QVERIFY2(after[0].startsWith(u"common-hae-rae 70.5"_qs), qPrintable(after.join(u", ")));
    QVERIFY2(after[1].startsWith(u"common-kmmlu 61.2"_qs), qPrintable(after.join(u", ")));
    screenshot(&dialog, "benchmark-preview");
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_window->store()->loadBenchmarkMapping().size(), size_t(2));
    bool found = false;
    for (const BenchmarkResult &r : m_window->store()->loadScoringInputs().panel.benchmarkResults)
        found = found || (r.team == u"upstage"_qs && r.benchmark == u"common-kmmlu"_qs && qAbs(r.score - 61.2) < 1e-9);
    QVERIFY(found);
}

void TestImportFlows::chairImportsSheetsFile()
{
    m_window->setSignedIn(member(u"chair"_qs));
    const QString file = m_dir.filePath(u"e02-sheets.json"_qs);
    exportSheets(*m_window->store(), u"e02"_qs, file,
                 openKey(*m_window->store(), u"e02"_qs, demoPassphrase(Role::Expert)));
    QVERIFY(m_window->importFlows()->importSheetsFile(file));   // submitted and identical
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Imported the sheets of e02"),
             qPrintable(m_window->statusBar()->currentMessage()));
    // a sheets file changed after e02 signed it (another round) is refused in the problems
    // dialog
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    in.close();
    json.replace("\"round\": \"R1\"", "\"round\": \"R2\"");
    writeFile(file, json);
    const QByteArray before = databaseFingerprint(m_db);
    QVERIFY(!m_window->importFlows()->importSheetsFile(file));
    QVERIFY(m_window->importFlows()->problemsDialog());
    QVERIFY(m_window->importFlows()->problemsDialog()->list()->item(0)->text().startsWith(
        u"e02-sheets.json: sheets[0]: the signature of e02's sheet for team"_qs));
    m_window->importFlows()->problemsDialog()->close();
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestImportFlows::fillOfflineSheets()
{
    const QString file = m_dir.filePath(u"e03-sheets.json"_qs);
    exportSheets(*m_window->store(), u"e03"_qs, file,
                 openKey(*m_window->store(), u"e03"_qs, demoPassphrase(Role::Expert)));
    MainWindow other(m_dir.filePath(u"elsewhere"_qs));   // the member's other machine
    QString error;
    QVERIFY(!other.openSheetsFile(file, u"not the passphrase"_qs, &error));
    QVERIFY2(error.contains(u"the passphrase does not open e03's key"), qPrintable(error));
    QVERIFY2(other.openSheetsFile(file, demoPassphrase(Role::Expert), &error), qPrintable(error));
    QVERIFY(other.signedIn() && other.signedIn()->id == u"e03"_qs);
    QVERIFY(other.currentPath().endsWith(u".offline.paneldesk"_qs));
    QVERIFY(other.windowTitle().contains(u"e03"_qs) || other.windowTitle().contains(u"전문가"_qs));
    other.show();
    screenshot(&other, "offline-sheets");
    // the scratch panel has the member's sheets and nothing else of the panel
    QCOMPARE(other.store()->members().size(), size_t(1));
    QVERIFY(!other.store()->loadSheets().empty());
    // exported from there signed with e03's key, it imports into the panel
    const QString filled = m_dir.filePath(u"e03-filled.json"_qs);
    QVERIFY2(other.importFlows()->exportMySheetsFile(filled), qPrintable(other.importFlows()->lastMessage()));
    other.close();
    m_window->setSignedIn(member(u"chair"_qs));
    QVERIFY2(m_window->importFlows()->importSheetsFile(filled),
             qPrintable(m_window->statusBar()->currentMessage()));
    // the main window is unaffected
    QCOMPARE(m_window->currentPath(), m_db);
}

void TestImportFlows::menuFollowsTheRole()
{
    const auto action = [this](const QString &text) -> QAction * {
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == text && !a->menu())
                return a;
        return nullptr;
    };
    const auto signIn = [this](const QString &id) {
        m_window->setSignedIn(member(id));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);   // the old menus
    };
    signIn(u"secretariat"_qs);
    QVERIFY(action(u"&User ratings…"_qs) && action(u"&User ratings…"_qs)->isEnabled());
    QVERIFY(!action(u"Score &sheets…"_qs)->isEnabled());
    signIn(u"e01"_qs);
    QVERIFY(!action(u"&User ratings…"_qs)->isEnabled());
    QVERIFY(action(u"E&xport my score sheets…"_qs)->isEnabled());
    signIn(u"chair"_qs);
    QVERIFY(action(u"Score &sheets…"_qs)->isEnabled());
}

QTEST_MAIN(TestImportFlows)
#include "tst_importflows.moc"
