// The chair's Decision tab driven through its real widgets (offscreen): buttons follow the
// lifecycle, every step asks first (Cancel changes nothing), the decision needs a reason per
// eliminated team, the countdown of the appeal window, the appeals register, the report's
// progress dialog (Cancel at each stage through a hook: no file, no error box), and the tab
// only for the chair in the main window.
#include "ScriptedDialogs.h"
#include "decision/ComposeDecision.h"
#include "decision/Fingerprint.h"
#include "importers/RatingsCsv.h"
#include "MainWindow.h"
#include "PanelView.h"
#include "actions/PanelDatabase.h"
#include "demo/DemoPanel.h"
#include "scoring/ScoringEngine.h"
#include "decision/DecisionDialogs.h"
#include "decision/DecisionPage.h"
#include "storage/SqliteStore.h"
#include "demo/DemoPassphrases.h"
#include "../trust/SignAs.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace pd;
using pd::test::ScriptedDialogs;

Q_DECLARE_METATYPE(pd::ReportStage)

namespace {

// Runs `answer` on the modal dialog `action` opens (from the dialog's own event loop).
template <typename Dialog>
bool answerModal(const std::function<void()> &action, const std::function<void(Dialog *)> &answer)
{
    bool answered = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            poll.stop();
            answered = true;
            answer(dialog);
        }
    });
    poll.start(10);
    action();
    poll.stop();
    return answered;
}

void pressOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

// What the modal dialogs of making a report showed while `action` ran: the file dialog is
// answered with `path`, a message box is noted and closed, a print preview noted and closed.
struct ReportDialogs {
    QStringList messages;
    int previews = 0;
};

ReportDialogs answerReportDialogs(ScriptedDialogs &dialogs, const std::function<void()> &action, const QString &path = {})
{
    ReportDialogs seen;
    const qsizetype before = dialogs.calls.size();
    dialogs.files = {path};
    QTimer poll;   // the print preview is the page's own dialog, not one of Dialogs.h
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
            ++seen.previews;
            preview->reject();
        }
    });
    poll.start(10);
    action();
    poll.stop();
    for (qsizetype i = before; i < dialogs.calls.size(); ++i)
        if (dialogs.calls[i].kind == QLatin1String("show"))
            seen.messages << dialogs.calls[i].text;
    dialogs.files.clear();
    return seen;
}

// Cancel pressed on the progress dialog, as the chair would.
void pressCancel(QProgressDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QLatin1String("Cancel"))
            return button->click();
    QFAIL("the progress dialog has no Cancel button");
}

} // namespace

class TestDecisionPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<DecisionPage> m_page;
    ScriptedDialogs m_dialogs;   // the page's questions, messages and file names
    Member m_chair{u"chair"_qs, u"위원장"_qs, Role::Chair, {}, true};

    RoundState state() const { return m_store->loadRoundStatus().state; }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.paneldesk").arg(QDateTime::currentMSecsSinceEpoch()));
        createDemoDatabase(path, {false, u"demo"_qs});
        m_store = SqliteStore::open(path);
        pd::test::signAs(*m_store, m_chair.id, demoPassphrase(Role::Chair));
        m_dialogs = ScriptedDialogs();
        m_page = std::make_unique<DecisionPage>(*m_store, m_chair);
        m_page->setDialogs(m_dialogs);
        m_page->setToday(QDate(2026, 1, 14));
        m_page->show();
    }
    void cleanup()
    {
        m_page.reset();
        m_store.reset();
    }

    void lockAsksFirst()
    {
        QVERIFY(m_page->lockButton()->isEnabled());
        QVERIFY(!m_page->decideButton()->isEnabled());
        QVERIFY(!m_page->finalizeButton()->isEnabled());
        m_dialogs.asks = {false};
        m_page->lockButton()->click();
        QCOMPARE(m_dialogs.count(u"ask"_qs), 1);
        QVERIFY(m_dialogs.lastText(u"ask"_qs).startsWith(u"Lock round"_qs));
        QCOMPARE(int(state()), int(RoundState::Scoring));   // Cancel: nothing changed
        m_dialogs.asks = {true};
        m_page->lockButton()->click();
        QCOMPARE(int(state()), int(RoundState::Locked));
        QVERIFY(!m_page->lockButton()->isEnabled());
        QVERIFY(m_page->decideButton()->isEnabled());
        QVERIFY(m_page->statusText().contains(u"locked"_qs));
    }

    void wholeLifecycleThroughTheTab()
    {
        m_store->lockRound(m_chair.id);
        m_page->refresh();
        // decide: OK only once every eliminated or disqualified team has its reason
        QVERIFY(answerModal<DecideDialog>([&] { m_page->decideButton()->click(); }, [](DecideDialog *d) {
            auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QVERIFY(d->reasonEdit(u"nc"_qs) && d->reasonEdit(u"naver"_qs));
            QVERIFY(!d->reasonEdit(u"lg"_qs));
            d->reasonEdit(u"nc"_qs)->setText(u"lowest total among eligible teams"_qs);
            QVERIFY(!ok->isEnabled());
            d->reasonEdit(u"naver"_qs)->setText(u"failed the independence criterion"_qs);
            pressOk(d);
        }));
        QCOMPARE(int(state()), int(RoundState::Decided));
        QCOMPARE(m_page->outcomesTable()->rowCount(), 5);
        QCOMPARE(m_page->versionsTable()->rowCount(), 1);
        // ids until the page has the names, then the names and the outcomes in words
        QCOMPARE(m_page->outcomesTable()->item(4, 0)->text(), u"nc"_qs);
        m_page->setNames(m_store->loadScoringInputs().panel);
        QCOMPARE(m_page->outcomesTable()->item(4, 0)->text(), u"NC AI"_qs);
        QCOMPARE(m_page->outcomesTable()->item(4, 1)->text(), u"eliminated on score"_qs);
        QCOMPARE(m_page->outcomesTable()->item(3, 1)->text(), u"disqualified"_qs);
        // announce on 2026-01-15
        m_page->setToday(QDate(2026, 1, 15));
        QVERIFY(answerModal<DateDialog>([&] { m_page->announceButton()->click(); }, [](DateDialog *d) {
            d->dateEdit()->setDate(QDate(2026, 1, 15));
            pressOk(d);
        }));
        QCOMPARE(int(state()), int(RoundState::Announced));
        QVERIFY2(m_page->statusText().contains(u"2026-01-25"_qs), qPrintable(m_page->statusText()));
        QVERIFY2(m_page->statusText().contains(u"10 more day"_qs), qPrintable(m_page->statusText()));
        QVERIFY(!m_page->finalizeButton()->isEnabled());   // the window is open
        m_page->setToday(QDate(2026, 1, 25));
        QVERIFY(m_page->statusText().contains(u"last day"_qs));
        // an appeal from nc, then its ruling
        QVERIFY(answerModal<AppealDialog>([&] { m_page->appealButton()->click(); }, [](AppealDialog *d) {
            QCOMPARE(d->teamBox()->count(), 2);   // only nc and naver may appeal
            d->teamBox()->setCurrentIndex(d->teamBox()->findData(u"nc"_qs));
            d->groundsEdit()->setPlainText(u"benchmark miscount"_qs);
            pressOk(d);
        }));
        QCOMPARE(m_page->appealsTable()->rowCount(), 1);
        QCOMPARE(m_page->appealsTable()->item(0, 2)->text(), u"NC AI"_qs);
        QCOMPARE(m_page->appealsTable()->item(0, 5)->text(), u"위원장"_qs);   // the committee by name
        QVERIFY2(m_page->statusText().contains(u"await a ruling"_qs), qPrintable(m_page->statusText()));
        QVERIFY(!m_page->ruleButton()->isEnabled());   // nothing selected
        m_page->appealsTable()->selectRow(0);
        QVERIFY(m_page->ruleButton()->isEnabled());
        m_page->setToday(QDate(2026, 1, 26));   // the window has closed, the appeal is open
        m_page->appealsTable()->selectRow(0);
        QVERIFY(!m_page->finalizeButton()->isEnabled());
        QVERIFY(answerModal<RulingDialog>([&] { m_page->ruleButton()->click(); }, [](RulingDialog *d) {
            d->reasonEdit()->setPlainText(u"recounted: no error"_qs);
            pressOk(d);
        }));
        QVERIFY(m_page->appealsTable()->item(0, 6)->text().startsWith(u"rejected"_qs));
        QVERIFY(m_page->finalizeButton()->isEnabled());
        m_dialogs.asks = {true};
        m_page->finalizeButton()->click();
        QCOMPARE(int(state()), int(RoundState::Final));
        for (QPushButton *b : {m_page->lockButton(), m_page->reopenButton(), m_page->decideButton(),
                               m_page->announceButton(), m_page->appealButton(), m_page->ruleButton(),
                               m_page->finalizeButton()})
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        QVERIFY(m_page->statusText().contains(u"Final since 2026-01-26"_qs));
        if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
            m_page->grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + u"/decision-page.png"_qs);
    }

    // Recording a decision on a round with many ratings streams them into the fingerprint
    // with a progress dialog (shown after its delay, here 0 through the seam); the
    // decision completes with the whole-document fingerprint.
    void decideShowsProgressWithManyRatings()
    {
        QFile csv(m_dir.filePath(QStringLiteral("many.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("evaluator,team,item,rating\n");
        const int evaluators = 5000;   // x 5 teams x 2 items = 50,000 ratings
        for (int e = 0; e < evaluators; ++e)
            for (const char *team : {"lg", "naver", "nc", "skt", "upstage"})
                for (const char *item : {"usability", "cost_efficiency"})
                    csv.write(QStringLiteral("v%1,%2,%3,%4\n").arg(e).arg(QLatin1String(team), QLatin1String(item))
                                  .arg(1 + (e + int(qstrlen(item))) % 5).toUtf8());
        csv.close();
        const RatingsImportResult imported =
            importRatingsCsv(*m_store, csv.fileName(), u"many.csv"_qs, true, {}, m_chair.id);
        QCOMPARE(imported.imported, qint64(evaluators * 10));
        m_store->lockRound(m_chair.id);
        m_page->refresh();
        const QString expected = sha256Hex(canonicalInputs(m_store->loadPanel()));

        int reports = 0;
        bool shown = false;
        qint64 lastDone = 0, lastTotal = 0;
        m_page->setProgressDelay(0);
        m_page->setProgressHook([&](QProgressDialog &dialog, qint64 done, qint64 total) {
            ++reports;
            shown = shown || dialog.isVisible();
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY(answerModal<DecideDialog>([&] { m_page->decideButton()->click(); }, [](DecideDialog *d) {
            d->reasonEdit(u"nc"_qs)->setText(u"lowest total among eligible teams"_qs);
            d->reasonEdit(u"naver"_qs)->setText(u"failed the independence criterion"_qs);
            pressOk(d);
        }));
        QCOMPARE(int(state()), int(RoundState::Decided));
        QVERIFY(reports >= 3);   // every 16,384 rows and at the end
        QVERIFY(shown);
        QCOMPARE(lastDone, qint64(evaluators * 10));
        QCOMPARE(lastTotal, qint64(evaluators * 10));
        QCOMPARE(m_store->loadRoundStatus().latest()->fingerprint, expected);
        QVERIFY(!QApplication::activeModalWidget());   // the progress dialog is gone
    }

    // Writing the report's PDF names each stage in a window-modal progress dialog with Cancel
    // (shown after its delay, here 0 through the seam); the PDF is written.
    void reportPdfShowsProgress()
    {
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(QDateTime::currentMSecsSinceEpoch()));
        QList<ReportStage> stages;
        bool shown = false;
        m_page->setProgressDelay(0);
        m_page->setReportProgressHook([&](QProgressDialog &dialog, ReportStage stage) {
            stages << stage;
            shown = shown || dialog.isVisible();
            QCOMPARE(dialog.windowModality(), Qt::WindowModal);
            QVERIFY(!dialog.labelText().isEmpty());
            if (stage == ReportStage::Verifying && !qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
                dialog.grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + u"/report-progress.png"_qs);
        });
        const ReportDialogs seen = answerReportDialogs(m_dialogs, [&] { m_page->pdfButton()->click(); }, path);
        QCOMPARE(seen.messages, QStringList());
        QCOMPARE(stages, (QList<ReportStage>{ReportStage::Verifying, ReportStage::ReadingRound,
                                             ReportStage::LayingOut, ReportStage::WritingPdf}));
        QVERIFY(shown);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!QApplication::activeModalWidget());   // the progress dialog is gone
    }

    // Cancel at any stage: no PDF, no temporary file beside it, no error box.
    void reportPdfCancelledWritesNothing_data()
    {
        QTest::addColumn<ReportStage>("cancelAt");
        QTest::newRow("verifying the file") << ReportStage::Verifying;
        QTest::newRow("reading the round") << ReportStage::ReadingRound;
        QTest::newRow("laying out the pages") << ReportStage::LayingOut;
        QTest::newRow("writing the PDF") << ReportStage::WritingPdf;
    }

    void reportPdfCancelledWritesNothing()
    {
        QFETCH(ReportStage, cancelAt);
        const auto entries = [&] {
            return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        };
        const QStringList before = entries();
        QList<ReportStage> stages;
        m_page->setProgressDelay(0);
        m_page->setReportProgressHook([&](QProgressDialog &dialog, ReportStage stage) {
            stages << stage;
            if (stage == cancelAt)
                pressCancel(dialog);
        });
        const QString path = m_dir.filePath(QStringLiteral("cancelled-%1.pdf").arg(int(cancelAt)));
        const ReportDialogs seen = answerReportDialogs(m_dialogs, [&] { m_page->pdfButton()->click(); }, path);
        QCOMPARE(seen.messages, QStringList());
        QCOMPARE(stages.last(), cancelAt);   // no stage after the cancelled one ran
        QVERIFY(!stages.isEmpty() && stages.first() == ReportStage::Verifying);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entries(), before);   // nor a temporary file beside it
        QVERIFY(!QApplication::activeModalWidget());
    }

    // The print preview: the report made with the same progress (verifying, reading), then
    // the preview; cancelled, no preview and no error box.
    void reportPreviewShowsProgressOrIsCancelled()
    {
        QList<ReportStage> stages;
        m_page->setProgressDelay(0);
        m_page->setReportProgressHook([&](QProgressDialog &, ReportStage stage) { stages << stage; });
        ReportDialogs seen = answerReportDialogs(m_dialogs, [&] { m_page->previewButton()->click(); });
        QCOMPARE(seen.messages, QStringList());
        QCOMPARE(stages, (QList<ReportStage>{ReportStage::Verifying, ReportStage::ReadingRound}));
        QCOMPARE(seen.previews, 1);

        stages.clear();
        m_page->setReportProgressHook([&](QProgressDialog &dialog, ReportStage stage) {
            stages << stage;
            if (stage == ReportStage::ReadingRound)
                pressCancel(dialog);
        });
        seen = answerReportDialogs(m_dialogs, [&] { m_page->previewButton()->click(); });
        QCOMPARE(seen.messages, QStringList());
        QCOMPARE(seen.previews, 0);
        QCOMPARE(stages, (QList<ReportStage>{ReportStage::Verifying, ReportStage::ReadingRound}));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void upheldAppealReopensForVersionTwo()
    {
        m_store->lockRound(m_chair.id);
        decideRound(*m_store, QDate(2026, 1, 14), {{u"nc"_qs, u"a"_qs}, {u"naver"_qs, u"b"_qs}}, {}, m_chair.id);
        m_store->announceDecision(QDate(2026, 1, 15), QDate(2026, 1, 15), m_chair.id);
        m_store->fileAppeal(u"naver"_qs, QDate(2026, 1, 16), u"R5 misapplied"_qs, {}, QDate(2026, 1, 16), m_chair.id);
        m_page->setToday(QDate(2026, 1, 18));
        m_page->appealsTable()->selectRow(0);
        QVERIFY(answerModal<RulingDialog>([&] { m_page->ruleButton()->click(); }, [](RulingDialog *d) {
            d->rulingBox()->setCurrentIndex(1);   // upheld
            QVERIFY(d->upheld());
            d->reasonEdit()->setPlainText(u"the licence was misread"_qs);
            pressOk(d);
        }));
        QCOMPARE(int(state()), int(RoundState::Scoring));   // reopened
        QVERIFY(m_page->lockButton()->isEnabled());
        QVERIFY(m_page->versionsTable()->item(0, 3)->text().contains(u"reopened 2026-01-18"_qs));
        // the panel corrects the verdict, then a second version is decided from the tab
        m_store->recordVerdict(u"naver"_qs, Verdict::Pass, u"licence permits the use"_qs, m_chair.id);
        m_store->lockRound(m_chair.id);
        m_page->refresh();
        QVERIFY(answerModal<DecideDialog>([&] { m_page->decideButton()->click(); }, [](DecideDialog *d) {
            QVERIFY(!d->reasonEdit(u"naver"_qs));   // naver now advances
            d->reasonEdit(u"nc"_qs)->setText(u"lowest total"_qs);
            pressOk(d);
        }));
        QCOMPARE(m_page->versionsTable()->rowCount(), 2);
        QCOMPARE(m_store->loadRoundStatus().versions.size(), size_t(2));
        QVERIFY(m_page->statusText().contains(u"version 2"_qs));
    }

    // nc given upstage's inputs: the two tie at the cut until the chair orders them.
    void tieAtTheCutIsResolvedInTheDialog()
    {
        Panel panel = buildDemoPanel();
        const QString a = u"upstage"_qs, b = u"nc"_qs;
        const auto copy = [&](auto &list, auto member) {
            std::remove_reference_t<decltype(list)> kept;
            for (const auto &row : list)
                if (row.*member != b)
                    kept.push_back(row);
            for (const auto &row : list)
                if (row.*member == a) {
                    auto clone = row;
                    clone.*member = b;
                    kept.push_back(clone);
                }
            list = kept;
        };
        copy(panel.benchmarkResults, &BenchmarkResult::team);
        copy(panel.expertScores, &ExpertScore::team);
        copy(panel.userRatings, &UserRating::team);
        for (Category &c : panel.categories)
            for (BenchmarkGroup &g : c.groups) {
                std::vector<Benchmark> kept;
                for (Benchmark bm : g.benchmarks) {
                    if (bm.teams.contains(b) && !bm.teams.contains(a))
                        continue;
                    if (bm.teams.contains(a) && !bm.teams.contains(b))
                        bm.teams << b;
                    kept.push_back(bm);
                }
                g.benchmarks = kept;
            }
        QCOMPARE(int(computeStandings(panel).find(b)->outcome), int(Outcome::TieAtCut));
        m_page.reset();
        m_store.reset();
        m_store = SqliteStore::create(m_dir.filePath(u"tie.paneldesk"_qs));
        m_store->replacePanel(panel, u"test"_qs);
        pd::test::signAs(*m_store, m_chair.id, demoPassphrase(Role::Chair));   // registers the root key
        m_store->lockRound(m_chair.id);
        m_dialogs = ScriptedDialogs();
        m_page = std::make_unique<DecisionPage>(*m_store, m_chair);
        m_page->setDialogs(m_dialogs);
        m_page->setToday(QDate(2026, 1, 14));
        bool tieAnswered = false;
        bool reasonsAnswered = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *tie = qobject_cast<TieDialog *>(modal); tie && !tieAnswered) {
                tieAnswered = true;
                QCOMPARE(tie->list()->count(), 2);
                QVERIFY(!tie->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
                // nc ahead of upstage
                if (tie->order().constFirst() != b) {
                    tie->list()->setCurrentRow(1);
                    tie->moveCurrent(-1);
                }
                QCOMPARE(tie->order(), (QStringList{b, a}));
                tie->rationaleEdit()->setPlainText(u"panel vote of 2026-01-14"_qs);
                pressOk(tie);
            } else if (auto *reasons = qobject_cast<DecideDialog *>(modal); reasons && !reasonsAnswered) {
                reasonsAnswered = true;
                QVERIFY(reasons->reasonEdit(a));   // upstage is now eliminated
                QVERIFY(!reasons->reasonEdit(b));
                reasons->reasonEdit(a)->setText(u"lost the tie by panel vote"_qs);
                reasons->reasonEdit(u"naver"_qs)->setText(u"independence"_qs);
                pressOk(reasons);
            }
        });
        poll.start(10);
        m_page->decideButton()->click();
        poll.stop();
        QVERIFY(tieAnswered && reasonsAnswered);
        const RoundStatus status = m_store->loadRoundStatus();
        QCOMPARE(status.versions.size(), size_t(1));
        QCOMPARE(int(status.latest()->outcomeOf(a)->outcome), int(Outcome::EliminatedScore));
        QCOMPARE(int(status.latest()->outcomeOf(b)->outcome), int(Outcome::Advance));
    }

    void tabOnlyForTheChairInTheWindow()
    {
        const QString path = m_store->location();
        m_page.reset();
        m_store.reset();
        MainWindow window(m_dir.path());
        window.setDialogs(m_dialogs);
        window.show();
        QString error;
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        QVERIFY(!window.panelView()->decisionPage());   // nobody signed in
        const auto memberNamed = [&](const QString &id) {
            std::optional<Member> found;
            for (const Member &m : window.store()->members())
                if (m.id == id)
                    found = m;
            return found;
        };
        window.setSignedIn(memberNamed(u"e01"_qs));
        QVERIFY(!window.panelView()->decisionPage());
        window.setSignedIn(memberNamed(u"chair"_qs),
                           unlockMemberKey(*window.store(), u"chair"_qs, demoPassphrase(Role::Chair)));
        auto *page = qobject_cast<DecisionPage *>(window.panelView()->decisionPage());
        QVERIFY(page);
        QVERIFY(window.panelView()->isShowing(page));
        window.panelView()->setCurrentWidget(page);
        window.resize(1200, 720);
        m_dialogs.asks = {true};   // the window's dialogs reach the page it made
        page->lockButton()->click();
        QCOMPARE(m_dialogs.count(u"ask"_qs), 1);
        QCOMPARE(int(window.store()->loadRoundStatus().state), int(RoundState::Locked));
        if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + u"/decision-window.png"_qs);
        window.setSignedIn(std::nullopt);
        QVERIFY(!window.panelView()->decisionPage());
    }

    void refusalIsShownAndChangesNothing()
    {
        // incomplete standings: a pending verdict
        m_store->recordVerdict(u"skt"_qs, Verdict::Pending, {}, m_chair.id);
        m_store->lockRound(m_chair.id);
        m_page->refresh();
        m_page->decideButton()->click();
        QCOMPARE(m_dialogs.count(u"show"_qs), 1);
        QVERIFY2(m_dialogs.lastText(u"show"_qs).contains(u"not complete"_qs), qPrintable(m_dialogs.lastText(u"show"_qs)));
        QCOMPARE(int(state()), int(RoundState::Locked));
        QVERIFY(m_store->loadRoundStatus().versions.empty());
    }
};

QTEST_MAIN(TestDecisionPage)
#include "tst_decisionpage.moc"
