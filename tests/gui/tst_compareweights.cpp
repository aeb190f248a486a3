// "Compare weights…" on the findings page, offscreen as an expert would use it (issue 15,
// item 4): select a component, open the dialog with the keyboard, choose a candidate (a
// fine-tuned copy embedded under "vision." in a larger model), a reference and a control
// through the Browse buttons; the prefixes proposed from the tensor names match the copy;
// Compare runs on a worker thread with progress, the result shows in words and two charts;
// "Attach as evidence" stores the exact report bytes and the evidence column cites it.
// Cancel (clicked at a chosen moment through the worker hook, not a timer) stops the run
// with nothing attached; a broken checkpoint is named with its offset and nothing runs.
// PANELDESK_SCREENSHOTS=dir saves the dialog after a run, in English and in Korean.
#include "ScriptedDialogs.h"
#include "../itemmodels/SheetFixture.h"
#include "../provenance/ProvenanceFixtures.h"

#include "Translations.h"
#include "findings/CompareWeightsDialog.h"
#include "findings/FindingsPage.h"
#include "itemmodels/ComponentTableModel.h"
#include "provenance/ProvenanceSummary.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString kNaver = QStringLiteral("naver");
constexpr int kRunTimeoutMs = 300'000;   // a generous bound for a loaded machine, not a goal

} // namespace

class TestCompareWeights : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_candidate, m_reference, m_control, m_broken;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<FindingsPage> m_page;
    QStringList m_answers;   // what the file chooser answers, in turn
    ScriptedDialogs m_dialogs;

    CompareWeightsDialog *openDialog(const QString &memberId)
    {
        Member me;
        me.id = memberId;
        me.name = memberId;
        m_page = std::make_unique<FindingsPage>(*m_store, me);
        m_page->resize(1300, 820);
        m_page->show();
        if (!QTest::qWaitForWindowActive(m_page.get()) || !m_page->openTeam(kNaver))
            return nullptr;
        m_page->table()->setFocus();
        m_page->table()->setCurrentIndex(m_page->model()->index(1, 0));
        QPushButton *button = m_page->reportsPanel()->compareButton();
        if (!button->isEnabled())
            return nullptr;
        QTest::keyClick(button, Qt::Key_Space);
        auto *dialog = m_page->findChild<CompareWeightsDialog *>();
        if (dialog)
            dialog->setDialogs(m_dialogs);
        return dialog;
    }

    // Fills the form through its Browse and Add buttons, as a user does.
    void choose(CompareWeightsDialog *dialog, const QString &candidate)
    {
        m_answers = {candidate, m_reference, m_control};
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (const QString &text : {QStringLiteral("Browse…")}) {
            int clicked = 0;
            for (QPushButton *b : buttons)
                if (b->text() == text && clicked < 2) {
                    QTest::keyClick(b, Qt::Key_Space);
                    ++clicked;
                }
        }
        for (QPushButton *b : buttons)
            if (b->text() == QStringLiteral("&Add…"))
                QTest::keyClick(b, Qt::Key_Space);
    }

    void screenshot(QWidget *w, const QString &name)
    {
        if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
            w->grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + u'/' + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dialogs.onFile = [this](const QString &, const QString &) { return m_answers.isEmpty() ? QString() : m_answers.takeFirst(); };
        QVERIFY(m_dir.isValid());
        const ModelShape shape{MlpFamily::Fc, 6, 128, 342};
        const FixtureModel reference = makeModel(shape, 71);
        m_reference = m_dir.filePath(QStringLiteral("qwen-vit.safetensors"));
        m_candidate = m_dir.filePath(QStringLiteral("naver-omni.safetensors"));
        m_control = m_dir.filePath(QStringLiteral("other-vit.safetensors"));
        QVERIFY(writeFixture(m_reference, reference));
        QVERIFY(writeFixture(m_candidate, embedded(fineTuned(reference, 72), QStringLiteral("vision."), 73), true));
        QVERIFY(writeFixture(m_control, makeModel(shape, 74)));
        m_broken = m_dir.filePath(QStringLiteral("broken.safetensors"));
        QFile broken(m_broken);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        const char header[] = {'\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\x7f'};
        broken.write(header, sizeof header);
        broken.write("{}");
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("compare.db"));
        QFile::remove(m_path);
        m_store = createSheetDatabase(m_path);
    }

    void cleanup()
    {
        m_page.reset();
        m_store.reset();
    }

    void expertComparesAndAttaches()
    {
        CompareWeightsDialog *dialog = openDialog(kExpert);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->compareButton()->isEnabled());   // nothing chosen yet
        QVERIFY(!dialog->attachButton()->isEnabled());
        choose(dialog, m_candidate);
        QCOMPARE(dialog->candidateEdit()->text(), QDir::toNativeSeparators(m_candidate));
        QCOMPARE(dialog->controlList()->count(), 1);
        // the prefixes proposed from the names: the copy lies under "vision."
        QCOMPARE(dialog->candidatePrefix()->currentText(), QStringLiteral("vision."));
        QCOMPARE(dialog->referencePrefix()->currentText(), QString());
        QCOMPARE(dialog->controlPrefix()->currentText(), QString());
        QVERIFY(dialog->candidatePrefix()->findText(QStringLiteral("thinker.")) >= 0);
        QVERIFY2(dialog->matchText().startsWith(QLatin1String("37 of the candidate's 37 tensors")), qPrintable(dialog->matchText()));
        // another prefix: the count follows as the user types
        dialog->candidatePrefix()->setCurrentText(QStringLiteral("thinker."));
        QVERIFY2(dialog->matchText().startsWith(QLatin1String("0 of the candidate's 2 tensors")), qPrintable(dialog->matchText()));
        dialog->candidatePrefix()->setCurrentText(QStringLiteral("vision."));

        QVERIFY(dialog->compareButton()->isEnabled());
        QSignalSpy ended(dialog, &CompareWeightsDialog::runEnded);
        QTest::keyClick(dialog->compareButton(), Qt::Key_Space);
        QVERIFY(dialog->isRunning() || ended.count() == 1);
        QVERIFY(ended.count() == 1 || ended.wait(kRunTimeoutMs));
        QVERIFY(!dialog->isRunning());
        QCOMPARE(dialog->progressBar()->value(), 1000);
        QVERIFY2(dialog->statusText().startsWith(QLatin1String("Compared.")), qPrintable(dialog->statusText()));
        const QString words = dialog->resultText();
        QVERIFY2(words.startsWith(QLatin1String("Suggestion: reused.")), qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("The controls against the same reference: control 1:")), qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("not a verdict")), qPrintable(words));
        // two charts: per block, the candidate's and the control's phi_U and phi_GU; per tensor, both sides
        QVERIFY(dialog->blockChartView()->isVisible());
        QCOMPARE(dialog->blockChartView()->chart()->series().size(), 4);
        QCOMPARE(dialog->similarityChartView()->chart()->series().size(), 2);

        const QByteArray report = dialog->reportJson();
        const ProvenanceSummary summary = parseProvenanceSummary(report, QStringLiteral("dialog"));
        QCOMPARE(summary.suggestion, QStringLiteral("reused"));
        QVERIFY(dialog->statusText().contains(summary.shortSha()));
        screenshot(dialog, QStringLiteral("compare-weights-en.png"));

        QVERIFY(dialog->attachButton()->isEnabled());
        QTest::keyClick(dialog->attachButton(), Qt::Key_Space);
        QVERIFY2(dialog->statusText().startsWith(QLatin1String("Attached as evidence")), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->attachButton()->isEnabled());   // once
        const qint64 component = m_page->model()->findings().components.at(1).id;
        const auto stored = SqliteStore::open(m_path)->loadAttachedReports(kNaver);
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored[0].bytes, report);
        QCOMPARE(stored[0].componentId, component);
        QCOMPARE(m_page->reportsPanel()->table()->rowCount(), 1);
        const QString evidence = m_page->model()->findings().component(component)->finding.evidence;
        QVERIFY2(evidence.contains(summary.sha256), qPrintable(evidence));

        // "Save report JSON…" writes the same bytes
        m_answers = {m_dir.filePath(QStringLiteral("saved.json"))};
        QTest::keyClick(dialog->saveButton(), Qt::Key_Space);
        QFile saved(m_dir.filePath(QStringLiteral("saved.json")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), report);

        // Korean: the whole dialog follows the language
        Translations translations;
        translations.apply(QStringLiteral("ko"));
        QTRY_COMPARE(dialog->compareButton()->text(), QStringLiteral("비교(&M)"));   // LanguageChange is posted
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("제안: 재사용(reused).")), qPrintable(dialog->resultText()));
        screenshot(dialog, QStringLiteral("compare-weights-ko.png"));
        translations.apply(QStringLiteral("en"));
        QTRY_COMPARE(dialog->compareButton()->text(), QStringLiteral("Co&mpare"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(m_page->findChild<CompareWeightsDialog *>() == nullptr);   // deleted on close
    }

    void cancelStopsTheRun_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("while hashing (P2)") << int(provenance::ComparisonStage::ExactReuse);
        QTest::newRow("during the tests (P3, P4)") << int(provenance::ComparisonStage::Analyses);
        QTest::newRow("while hashing the files") << int(provenance::ComparisonStage::Report);
    }

    void cancelStopsTheRun()
    {
        QFETCH(int, stage);
        CompareWeightsDialog *dialog = openDialog(kExpert);
        QVERIFY(dialog);
        choose(dialog, m_candidate);
        std::atomic<bool> clicked{false};
        // At the first progress report of the chosen stage, the worker waits while the
        // window's thread clicks Cancel: the run sees it at that very report.
        dialog->setWorkerHook([&, dialog, stage](provenance::ComparisonStage s, std::uint64_t, std::uint64_t) {
            if (int(s) == stage && !clicked.exchange(true))
                QMetaObject::invokeMethod(dialog, [dialog] { QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton); },
                                          Qt::BlockingQueuedConnection);
        });
        QSignalSpy ended(dialog, &CompareWeightsDialog::runEnded);
        QVERIFY(dialog->compare());
        QVERIFY(ended.wait(kRunTimeoutMs));
        QVERIFY(clicked);
        QCOMPARE(dialog->statusText(), QStringLiteral("The comparison was cancelled: nothing was attached."));
        QVERIFY(dialog->reportJson().isEmpty());
        QVERIFY(!dialog->attachButton()->isEnabled());
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(dialog->compareButton()->isEnabled());   // the form is back
        QCOMPARE(SqliteStore::open(m_path)->loadAttachedReports(kNaver).size(), size_t(0));
        // and a second run completes
        dialog->setWorkerHook({});
        QVERIFY(dialog->compare());
        QVERIFY(ended.wait(kRunTimeoutMs));
        QVERIFY(!dialog->reportJson().isEmpty());
    }

    void brokenCheckpointIsNamed()
    {
        CompareWeightsDialog *dialog = openDialog(kExpert);
        QVERIFY(dialog);
        choose(dialog, m_broken);
        QVERIFY2(dialog->matchText().contains(QLatin1String("broken.safetensors")), qPrintable(dialog->matchText()));
        QSignalSpy ended(dialog, &CompareWeightsDialog::runEnded);
        QVERIFY(dialog->compare());
        QVERIFY(ended.wait(kRunTimeoutMs));
        QVERIFY2(dialog->statusText().startsWith(QLatin1String("The comparison failed:"))
                     && dialog->statusText().contains(QLatin1String("broken.safetensors")),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->reportJson().isEmpty());
        QVERIFY(!dialog->attachButton()->isEnabled());
    }

    void secretariatComparesButCannotAttach()
    {
        CompareWeightsDialog *dialog = openDialog(QStringLiteral("secretariat"));
        QVERIFY(dialog);
        choose(dialog, m_candidate);
        QSignalSpy ended(dialog, &CompareWeightsDialog::runEnded);
        QVERIFY(dialog->compare());
        QVERIFY(ended.wait(kRunTimeoutMs));
        QVERIFY(!dialog->reportJson().isEmpty());
        QVERIFY(!dialog->attachButton()->isEnabled());
        QVERIFY(!dialog->attachAsEvidence());
        QVERIFY(dialog->saveButton()->isEnabled());
    }
};

QTEST_MAIN(TestCompareWeights)
#include "tst_compareweights.moc"
