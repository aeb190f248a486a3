// File > Panel setup… driven offscreen with the keyboard (issue 16, item 1): the second
// evaluation built from a three-team first-evaluation panel without scores — round R2,
// "eliminate 1", a re-called fourth team, a new benchmark restricted to it —, every
// validation message seen to appear at its field and to disappear when mended, applied,
// scored and decided; its standings JSON equals that of the same setup written as a panel
// file and imported. Also: who may change the setup when (the secretariat before the first
// score, the chair with a reason after it, nobody after the lock), the standings preview
// following an edit, Korean. Screenshots with PANELDESK_SCREENSHOTS=DIR.

#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "Translations.h"
#include "actions/PanelDatabase.h"
#include "decision/DecideRound.h"
#include "domain/Errors.h"
#include "io/PanelFileReader.h"
#include "io/PanelFileWriter.h"
#include "io/StandingsJson.h"
#include "itemmodels/StandingsTableModel.h"
#include "scoring/ScoringEngine.h"
#include "setup/PanelSetupDialog.h"
#include "setup/SetupPreview.h"
#include "setup/SetupTable.h"
#include "storage/SqliteStore.h"
#include "templates/FirstEvaluationTemplate.h"
#include "../trust/SignAs.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace pd;

namespace {

const QString kPass = QStringLiteral("chair passphrase 2026");

std::vector<Team> advancedTeams()
{
    return {{QStringLiteral("lg"), QStringLiteral("LG AI연구원"), QStringLiteral("EXAONE"), {}},
            {QStringLiteral("skt"), QStringLiteral("SK텔레콤"), QStringLiteral("A.X"), {}},
            {QStringLiteral("upstage"), QStringLiteral("업스테이지"), QStringLiteral("Solar"), {}}};
}

// The second evaluation as the test builds it in the dialog, written in code.
Panel expectedSetup()
{
    Panel panel = firstEvaluationTemplate(QStringLiteral("독자 AI 파운데이션 모델"), QStringLiteral("1차 평가"),
                                          QDate(2026, 1, 15), advancedTeams());
    panel.round.id = QStringLiteral("R2");
    panel.round.name = QStringLiteral("2차 평가");
    panel.round.evaluationDate = QDate(2026, 7, 1);
    panel.round.cut = Cut{1, std::nullopt, std::nullopt};
    panel.teams.push_back({QStringLiteral("motif"), QStringLiteral("모티프"), QStringLiteral("Motif-2"), QStringLiteral("R2")});
    for (Category &category : panel.categories)
        for (BenchmarkGroup &group : category.groups)
            if (group.id == QLatin1String("individual"))
                group.benchmarks.push_back({QStringLiteral("motif-ind-1"), QStringLiteral("Motif 개별 1"), true, 1.0,
                                            {QStringLiteral("motif")}, {{QStringLiteral("motif"), 80.0}}});
    return panel;
}

// The same inputs for any panel of this shape: results for every benchmark that applies,
// three experts' submitted sheets, user ratings and a passing independence finding.
Panel withInputs(Panel panel)
{
    if (!panel.reviewer(QStringLiteral("chair")))
        panel.reviewers.insert(panel.reviewers.begin(), {QStringLiteral("chair"), QStringLiteral("위원장"), Role::Chair, {}});
    for (int e = 1; e <= 3; ++e)
        panel.reviewers.push_back({QStringLiteral("e%1").arg(e), QStringLiteral("Expert %1").arg(e), Role::Expert, {}});
    for (std::size_t t = 0; t < panel.teams.size(); ++t) {
        const Team &team = panel.teams[t];
        for (const Category &category : panel.categories) {
            for (const BenchmarkGroup &group : category.groups)
                for (const Benchmark &b : group.benchmarks)
                    if (b.teams.isEmpty() || b.teams.contains(team.id))
                        panel.benchmarkResults.push_back(   // a configured target stands in for the result's
                            {team.id, b.id, 60.0 + 7.0 * double(t) + double(b.id.size() % 5),
                             group.normalization == Normalization::TargetRatio && b.targets.empty()
                                 ? std::optional<double>(90.0) : std::nullopt});
            for (const RubricItem &item : category.rubric)
                for (int e = 1; e <= 3; ++e) {
                    const double raw = item.points * (0.45 + 0.1 * double(t) + 0.03 * e);
                    const double score = std::min(item.points, std::floor(raw / item.step) * item.step);
                    panel.expertScores.push_back({QStringLiteral("e%1").arg(e), team.id, item.id, score, true, {}});
                }
            for (const UserItem &item : category.userItems)
                for (int u = 0; u < 6; ++u)
                    panel.userRatings.push_back({QStringLiteral("u%1").arg(u), team.id, item.id,
                                                 std::clamp(2 + int(t) % 3 + u % 2, category.scaleMin, category.scaleMax)});
        }
        panel.independence.push_back({team.id, Verdict::Pass, QStringLiteral("weights initialised in-house"), {}});
    }
    return panel;
}

// Types `text` key by key; a letter outside ASCII (Korean) arrives as a key event with its text,
// as an input method delivers it.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

QString screenshots()
{
    return qEnvironmentVariable("PANELDESK_SCREENSHOTS");
}

} // namespace

class TestPanelSetup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secondEvaluationFromScratch();
    void validationMessages_data();
    void validationMessages();
    void previewFollowsAnEdit();
    void scoreBandsOfARubricItem();
    void whoMayChangeTheSetup();
    void afterTheFirstScoreTheChairGivesAReason();
    void menuOpensTheDialog();
    void koreanFollowsLive();

private:
    std::unique_ptr<PanelSetupDialog> openDialog(const Member &member);
    // Types `text` into a cell with the keyboard: F2 opens its editor, Ctrl+A, the text, Return.
    static void typeInCell(SetupTable *table, int row, const QString &key, const QString &text);
    static void typeInto(QWidget *field, const QString &text);
    static void expectProblem(PanelSetupDialog &dialog, const QString &part, int tab);
    static void expectNoProblem(PanelSetupDialog &dialog);
    static int rowOf(SetupTable *table, const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;
    const Member m_chair{QStringLiteral("chair"), QStringLiteral("위원장"), Role::Chair, {}, true};
};

void TestPanelSetup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("r2.paneldesk"));
    createPanelWithChair(firstEvaluationTemplate(QStringLiteral("독자 AI 파운데이션 모델"), QStringLiteral("1차 평가"),
                                                 QDate(2026, 1, 15), advancedTeams()),
                         m_path, {m_chair.id, m_chair.name, Role::Chair, {}}, kPass);
    m_store = SqliteStore::open(m_path);
    test::signAs(*m_store, m_chair.id, kPass);
}

void TestPanelSetup::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<PanelSetupDialog> TestPanelSetup::openDialog(const Member &member)
{
    auto dialog = std::make_unique<PanelSetupDialog>(*m_store, member);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the setup dialog did not become active");
    return dialog;
}

void TestPanelSetup::typeInCell(SetupTable *table, int row, const QString &key, const QString &text)
{
    const int column = table->column(key);
    QVERIFY2(column >= 0, qPrintable(key));
    if (auto *tabs = table->window()->findChild<QTabWidget *>())   // the table's tab, as a user would
        for (int tab = 0; tab < tabs->count(); ++tab)
            if (tabs->widget(tab)->isAncestorOf(table))
                tabs->setCurrentIndex(tab);
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        while (combo->currentIndex() != index)   // the arrow keys choose, as a user would
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    } else {
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            typeText(editor, text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();   // the delegate commits and closes through a posted call
    QCOMPARE(table->item(row, column)->text(), text);
}

void TestPanelSetup::typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
}

void TestPanelSetup::expectProblem(PanelSetupDialog &dialog, const QString &part, int tab)
{
    QVERIFY2(dialog.problem(), qPrintable(QStringLiteral("no problem shown, expected \"%1\"").arg(part)));
    QVERIFY2(dialog.problemLabel()->text().contains(part),
             qPrintable(dialog.problemLabel()->text() + QStringLiteral(" lacks ") + part));
    QVERIFY2(!dialog.tabs()->tabIcon(tab).isNull(), "the field's tab is not marked");
    QVERIFY(!dialog.applyButton()->isEnabled());
    // Show field takes the keyboard to it.
    QTest::keyClick(dialog.showFieldButton(), Qt::Key_Space);
    QCOMPARE(dialog.tabs()->currentIndex(), tab);
}

void TestPanelSetup::expectNoProblem(PanelSetupDialog &dialog)
{
    QVERIFY2(!dialog.problem(), qPrintable(dialog.problemLabel()->text()));
    for (int tab = 0; tab < dialog.tabs()->count(); ++tab)
        QVERIFY(dialog.tabs()->tabIcon(tab).isNull());
}

int TestPanelSetup::rowOf(SetupTable *table, const QString &id)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->text(row, QStringLiteral("id")) == id)
            return row;
    return -1;
}

void TestPanelSetup::secondEvaluationFromScratch()
{
    auto dialog = openDialog(m_chair);
    QVERIFY(dialog->permissionLabel()->text().contains(QStringLiteral("No score")));
    expectNoProblem(*dialog);
    QVERIFY(!dialog->applyButton()->isEnabled());   // nothing changed yet

    // The round: id, name, date, the cut "eliminate 1".
    typeInto(dialog->roundIdEdit(), QStringLiteral("R2"));
    typeInto(dialog->roundNameEdit(), QStringLiteral("2차 평가"));
    typeInto(dialog->dateEdit(), QStringLiteral("2026-07-0"));
    expectProblem(*dialog, QStringLiteral("round.evaluation_date"), PanelSetupDialog::RoundTab);
    typeInto(dialog->dateEdit(), QStringLiteral("2026-07-01"));
    expectNoProblem(*dialog);
    dialog->cutKindBox()->setFocus();
    QCOMPARE(dialog->cutKindBox()->currentIndex(), 0);   // eliminate
    typeInto(dialog->cutCountSpin(), QStringLiteral("4"));
    expectProblem(*dialog, QStringLiteral("round.cut.eliminate: eliminates 4 of a field of 3 teams"),
                  PanelSetupDialog::RoundTab);
    typeInto(dialog->cutCountSpin(), QStringLiteral("1"));
    expectNoProblem(*dialog);

    // The re-called team: Insert adds its row; until a benchmark of the individual group
    // applies to it, the validator names the group.
    QTest::keyClick(dialog.get(), Qt::Key_T, Qt::AltModifier);   // the Teams tab
    SetupTable *teams = dialog->teamsTable();
    QCOMPARE(dialog->tabs()->currentIndex(), int(PanelSetupDialog::TeamsTab));
    teams->setFocus();
    QTest::keyClick(teams, Qt::Key_Insert);
    QCOMPARE(teams->rowCount(), 4);
    // The validator reads in document order: the categories (which team a benchmark group
    // covers) before the teams.
    expectProblem(*dialog, QStringLiteral("no benchmark of group \"individual\" applies to team \"\""),
                  PanelSetupDialog::BenchmarksTab);
    typeInCell(teams, 3, QStringLiteral("id"), QStringLiteral("lg"));
    expectProblem(*dialog, QStringLiteral("teams[3].id: duplicate id \"lg\" (first at teams[0].id)"),
                  PanelSetupDialog::TeamsTab);
    typeInCell(teams, 3, QStringLiteral("id"), QStringLiteral("motif"));
    typeInCell(teams, 3, QStringLiteral("name"), QStringLiteral("모티프"));
    typeInCell(teams, 3, QStringLiteral("model"), QStringLiteral("Motif-2"));
    typeInCell(teams, 3, QStringLiteral("entered_round"), QStringLiteral("R2"));
    expectProblem(*dialog, QStringLiteral("no benchmark of group \"individual\" applies to team \"motif\""),
                  PanelSetupDialog::BenchmarksTab);

    // The new benchmark, restricted to the re-called team.
    QTest::keyClick(dialog.get(), Qt::Key_B, Qt::AltModifier);   // the Benchmarks tab
    SetupTable *benchmarks = dialog->benchmarksTable();
    QCOMPARE(dialog->tabs()->currentIndex(), int(PanelSetupDialog::BenchmarksTab));
    benchmarks->setFocus();
    const int rowsBefore = benchmarks->rowCount();
    QTest::keyClick(benchmarks, Qt::Key_Insert);
    QCOMPARE(benchmarks->rowCount(), rowsBefore + 1);
    const int b = benchmarks->rowCount() - 1;
    expectProblem(*dialog, QStringLiteral("no benchmark group \"\""), PanelSetupDialog::BenchmarksTab);
    typeInCell(benchmarks, b, QStringLiteral("group"), QStringLiteral("individual"));
    typeInCell(benchmarks, b, QStringLiteral("id"), QStringLiteral("motif-ind-1"));
    typeInCell(benchmarks, b, QStringLiteral("name"), QStringLiteral("Motif 개별 1"));
    expectProblem(*dialog, QStringLiteral("choose one of: higher, lower"), PanelSetupDialog::BenchmarksTab);
    typeInCell(benchmarks, b, QStringLiteral("higher_is_better"), QStringLiteral("higher"));
    typeInCell(benchmarks, b, QStringLiteral("weight"), QStringLiteral("one"));
    expectProblem(*dialog, QStringLiteral("\"one\" is not a number"), PanelSetupDialog::BenchmarksTab);
    typeInCell(benchmarks, b, QStringLiteral("weight"), QStringLiteral("1"));
    typeInCell(benchmarks, b, QStringLiteral("teams"), QStringLiteral("motif, kt"));
    expectProblem(*dialog, QStringLiteral(".teams[1]: unknown team \"kt\""), PanelSetupDialog::BenchmarksTab);
    typeInCell(benchmarks, b, QStringLiteral("teams"), QStringLiteral("motif"));
    expectNoProblem(*dialog);
    // The re-called team's own target for it.
    typeInCell(benchmarks, b, QStringLiteral("targets"), QStringLiteral("motif:80"));
    expectProblem(*dialog, QStringLiteral("\"motif:80\" is not team=target"), PanelSetupDialog::BenchmarksTab);
    typeInCell(benchmarks, b, QStringLiteral("targets"), QStringLiteral("kt=80"));
    expectProblem(*dialog, QStringLiteral(".targets[0].team: unknown team \"kt\""), PanelSetupDialog::BenchmarksTab);
    typeInCell(benchmarks, b, QStringLiteral("targets"), QStringLiteral("motif=80"));
    expectNoProblem(*dialog);

    if (!screenshots().isEmpty()) {
        dialog->tabs()->setCurrentIndex(PanelSetupDialog::BenchmarksTab);
        dialog->grab().save(screenshots() + QStringLiteral("/panel-setup-benchmarks-en.png"));
    }

    // The preview has the four teams; Apply saves.
    QCOMPARE(dialog->previewModel().rowCount(), 4);
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::keyClick(dialog.get(), Qt::Key_A, Qt::AltModifier);   // a mnemonic clicks "animated", after a moment
    QTRY_VERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Applied")), qPrintable(dialog->problemLabel()->text()));
    QVERIFY(!dialog->hasChanges());
    dialog.reset();

    const Panel expected = expectedSetup();
    const Panel stored = m_store->loadPanel();
    QCOMPARE(stored.round.id, expected.round.id);
    QCOMPARE(stored.round, expected.round);
    QCOMPARE(stored.teams, expected.teams);
    QVERIFY(stored.categories == expected.categories);

    // The same setup as a panel file, imported.
    const QString reference = m_dir->filePath(QStringLiteral("reference.paneldesk"));
    createPanelWithChair(parsePanelJson(writePanelJson(expected), QStringLiteral("reference.json")), reference,
                         {m_chair.id, m_chair.name, Role::Chair, {}}, kPass);
    std::unique_ptr<SqliteStore> imported = SqliteStore::open(reference);
    test::signAs(*imported, m_chair.id, kPass);

    // Scored alike, then decided: the lowest of the four is eliminated.
    for (SqliteStore *store : {m_store.get(), imported.get()}) {
        store->replacePanel(withInputs(store->loadPanel()), Actor(m_chair.id));
    }
    const QByteArray built = standingsJson(computeStandings(m_store->loadPanel()));
    QCOMPARE(built, standingsJson(computeStandings(imported->loadPanel())));

    m_store->lockRound(m_chair.id);
    const std::optional<DecisionPlan> plan = prepareDecision(*m_store, m_chair, [](const TeamNames &) {
        return std::optional<TieResolution>();
    });
    QVERIFY(plan);
    QVERIFY(plan->standings.complete);
    QCOMPARE(plan->needReasons.size(), std::size_t(1));
    const QString last = plan->standings.teams.back().team;
    QCOMPARE(plan->needReasons[0].first, last);
    QCOMPARE(recordDecision(*m_store, *plan, {{last, QStringLiteral("lowest total")}}, QDate(2026, 7, 2), m_chair), 1);
    QCOMPARE(int(m_store->loadRoundStatus().latest()->outcomeOf(last)->outcome), int(Outcome::EliminatedScore));
}

void TestPanelSetup::validationMessages_data()
{
    QTest::addColumn<int>("table");   // 0 categories, 1 groups, 2 benchmarks, 3 rubric, 4 user items, 5 teams
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("tab");
    QTest::newRow("category points sum") << 0 << "benchmark" << "points" << "41"
                                         << "categories[0].groups: group points sum to 40, expected the category's 41"
                                         << int(PanelSetupDialog::CategoriesTab);
    QTest::newRow("rubric id syntax") << 3 << "strategy" << "id" << "strat egy"
                                      << "categories[1].items[0].id: \"strat egy\" is not a valid id"
                                      << int(PanelSetupDialog::RubricTab);
    QTest::newRow("negative trim") << 0 << "expert" << "aggregation.trim" << "-1"
                                   << "categories[1].aggregation.trim: must not be negative (found -1)"
                                   << int(PanelSetupDialog::CategoriesTab);
    QTest::newRow("user scale") << 0 << "user" << "scale.max" << "1"
                                << "categories[2].scale: min 1 must be below max 1" << int(PanelSetupDialog::CategoriesTab);
    QTest::newRow("group points zero") << 1 << "nia" << "points" << "0"
                                       << "categories[0].groups[0].points: must be greater than 0 (found 0)"
                                       << int(PanelSetupDialog::BenchmarksTab);
    QTest::newRow("group in an unknown category") << 1 << "nia" << "category" << "bench"
                                                  << "no benchmark category \"bench\"" << int(PanelSetupDialog::BenchmarksTab);
    QTest::newRow("benchmark weight") << 2 << "nia-math" << "weight" << "-1"
                                      << "benchmarks[0].weight: must be greater than 0 (found -1)"
                                      << int(PanelSetupDialog::BenchmarksTab);
    QTest::newRow("rubric step") << 3 << "strategy" << "step" << "0"
                                 << ".step: must be greater than 0 (found 0)" << int(PanelSetupDialog::RubricTab);
    QTest::newRow("rubric points sum") << 3 << "strategy" << "points" << "11"
                                       << "item points sum to 36, expected the category's 35" << int(PanelSetupDialog::CategoriesTab);
    QTest::newRow("user item weight") << 4 << "usability" << "weight" << "x"
                                      << "\"x\" is not a number" << int(PanelSetupDialog::UserTab);
    QTest::newRow("team entered round") << 5 << "skt" << "entered_round" << ""
                                        << "teams[1].entered_round: \"\" is not a valid id" << int(PanelSetupDialog::TeamsTab);
}

void TestPanelSetup::validationMessages()
{
    QFETCH(int, table);
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, tab);
    auto dialog = openDialog(m_chair);
    SetupTable *tables[] = {dialog->categoriesTable(), dialog->groupsTable(), dialog->benchmarksTable(),
                            dialog->rubricTable(), dialog->userItemsTable(), dialog->teamsTable()};
    SetupTable *target = tables[table];
    int row = rowOf(target, id);
    if (row < 0 && table == 2)
        row = 0;   // the first benchmark, whatever its id
    QVERIFY2(row >= 0, qPrintable(id));
    const QString before = target->text(row, key);
    expectNoProblem(*dialog);
    typeInCell(target, row, key, text);
    expectProblem(*dialog, message, tab);
    QVERIFY(dialog->hasChanges());
    typeInCell(target, row, key, before);
    expectNoProblem(*dialog);
    QVERIFY(!dialog->hasChanges());
    QVERIFY(!dialog->applyButton()->isEnabled());
}

void TestPanelSetup::previewFollowsAnEdit()
{
    // With scores, the preview's totals follow the category points.
    const Panel full = withInputs(m_store->loadPanel());
    m_store->replacePanel(full, Actor(m_chair.id));
    auto dialog = openDialog(m_chair);
    const StandingsTableModel &preview = dialog->previewModel();
    QCOMPARE(preview.rowCount(), 3);
    const double before = preview.data(preview.index(0, preview.totalColumn()), StandingsTableModel::RawValueRole).toDouble();
    // Halving the user category's weight of one item does not change the points; renaming a
    // team shows in the preview at once.
    SetupTable *teams = dialog->teamsTable();
    typeInCell(teams, rowOf(teams, QStringLiteral("lg")), QStringLiteral("name"), QStringLiteral("LG (renamed)"));
    bool found = false;
    for (int row = 0; row < preview.rowCount(); ++row)
        found = found || preview.data(preview.index(row, preview.teamColumn())).toString().contains(QStringLiteral("renamed"));
    QVERIFY(found);
    QCOMPARE(preview.data(preview.index(0, preview.totalColumn()), StandingsTableModel::RawValueRole).toDouble(), before);
    // An invalid edit keeps the last valid preview, greyed.
    typeInCell(teams, 0, QStringLiteral("id"), QStringLiteral("bad id"));
    QVERIFY(!dialog->previewView()->isEnabled());
    QCOMPARE(preview.rowCount(), 3);
}

void TestPanelSetup::scoreBandsOfARubricItem()
{
    auto dialog = openDialog(m_chair);
    SetupTable *rubric = dialog->rubricTable();
    SetupTable *bands = dialog->bandsTable();
    QTest::keyClick(dialog.get(), Qt::Key_U, Qt::AltModifier);   // the Rubric tab
    QCOMPARE(dialog->tabs()->currentIndex(), int(PanelSetupDialog::RubricTab));
    // The template's bands of the current item; the arrow key moves to the next item's.
    const int technology = rowOf(rubric, QStringLiteral("technology"));
    rubric->setFocus();
    rubric->setCurrentCell(technology - 1, 1);
    QTest::keyClick(rubric, Qt::Key_Down);
    QCOMPARE(rubric->currentRow(), technology);
    const Panel stored = m_store->loadPanel();
    const RubricItem &item = stored.categories[1].rubric[std::size_t(technology)];
    QCOMPARE(bands->rowCount(), int(item.bands.size()));
    QVERIFY(bands->rowCount() >= 2);
    QCOMPARE(bands->text(1, QStringLiteral("description")), item.bands[1].description);
    // A band above the item's points is named at the bands table, then mended.
    const QString before = bands->text(1, QStringLiteral("from"));
    typeInCell(bands, 1, QStringLiteral("from"), QStringLiteral("99"));
    expectProblem(*dialog, QStringLiteral("categories[1].items[%1].bands[1].from").arg(technology),
                  PanelSetupDialog::RubricTab);
    int row = -1, column = -1;
    QVERIFY(bands->locate(dialog->problem()->path, &row, &column));
    QCOMPARE(row, 1);
    typeInCell(bands, 1, QStringLiteral("from"), before);
    expectNoProblem(*dialog);
    // A new top band with Insert, applied: the stored item has it.
    bands->setFocus();
    QTest::keyClick(bands, Qt::Key_Insert);
    const int last = bands->rowCount() - 1;
    typeInCell(bands, last, QStringLiteral("from"), QStringLiteral("14.5"));
    typeInCell(bands, last, QStringLiteral("description"), QStringLiteral("탁월 이상"));
    expectNoProblem(*dialog);
    QVERIFY(dialog->apply());
    const RubricItem &after = m_store->loadPanel().categories[1].rubric[std::size_t(technology)];
    QCOMPARE(after.bands.size(), item.bands.size() + 1);
    QCOMPARE(after.bands.back().from, 14.5);
    QCOMPARE(after.bands.back().description, QStringLiteral("탁월 이상"));
    if (!screenshots().isEmpty())
        dialog->grab().save(screenshots() + QStringLiteral("/panel-setup-rubric-en.png"));
}

void TestPanelSetup::whoMayChangeTheSetup()
{
    m_store->addMember({QStringLiteral("sec"), QStringLiteral("사무국"), Role::Secretariat, {}}, m_chair.id);
    m_store->addMember({QStringLiteral("e1"), QStringLiteral("전문가"), Role::Expert, {}}, m_chair.id);
    const Member secretariat{QStringLiteral("sec"), QStringLiteral("사무국"), Role::Secretariat, {}, false};
    const Member expert{QStringLiteral("e1"), QStringLiteral("전문가"), Role::Expert, {}, false};
    QCOMPARE(int(setupPermission(*m_store, Actor(secretariat.id)).access), int(SetupAccess::Prepare));
    QCOMPARE(int(setupPermission(*m_store, Actor(expert.id)).access), int(SetupAccess::Refused));

    // The secretariat prepares the round before the first score.
    {
        auto dialog = openDialog(secretariat);
        QVERIFY(!dialog->reasonEdit()->isVisible());
        typeInto(dialog->roundNameEdit(), QStringLiteral("1차 평가 (준비)"));
        QVERIFY(dialog->applyButton()->isEnabled());
        QVERIFY(dialog->apply());
    }
    QCOMPARE(m_store->loadPanel().round.name, QStringLiteral("1차 평가 (준비)"));

    // An expert is told why through the window's message.
    MainWindow window(m_dir->path());
    test::ScriptedDialogs dialogs;
    window.setDialogs(dialogs);
    QString error;
    m_store.reset();
    QVERIFY2(window.openDatabase(m_path, &error), qPrintable(error));
    window.setSignedIn(expert);
    bool opened = false;
    window.setSetupDialogHook([&opened](PanelSetupDialog &) { opened = true; });
    window.setUpPanel();
    QVERIFY(!opened);
    QCOMPARE(dialogs.count(QStringLiteral("show")), 1);
    QVERIFY(!dialogs.lastText(QStringLiteral("show")).isEmpty());
}

void TestPanelSetup::afterTheFirstScoreTheChairGivesAReason()
{
    const Panel full = withInputs(m_store->loadPanel());
    m_store->replacePanel(full, Actor(m_chair.id));
    QCOMPARE(int(setupPermission(*m_store, Actor(m_chair.id)).access), int(SetupAccess::ChangeWithReason));
    {
        auto dialog = openDialog(m_chair);
        QVERIFY(dialog->reasonEdit()->isVisible());
        typeInto(dialog->appealDaysSpin(), QStringLiteral("14"));
        expectNoProblem(*dialog);
        QVERIFY(!dialog->applyButton()->isEnabled());   // no reason yet
        typeInto(dialog->reasonEdit(), QStringLiteral("운영위원회 결정 (회의록 4쪽)"));
        QVERIFY(dialog->applyButton()->isEnabled());
        // Removing a rubric item that holds scores (its points moved to another item) is
        // shown at once with the scores named, as the store would refuse it.
        SetupTable *rubric = dialog->rubricTable();
        typeInCell(rubric, rowOf(rubric, QStringLiteral("strategy")), QStringLiteral("points"), QStringLiteral("20"));
        rubric->setFocus();
        rubric->setCurrentCell(rowOf(rubric, QStringLiteral("impact")), 0);
        QTest::keyClick(rubric, Qt::Key_Delete, Qt::ShiftModifier);
        QCOMPARE(rubric->rowCount(), 2);
        QVERIFY(dialog->problem());
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("rubric item \"impact\" has 9 expert scores")),
                 qPrintable(dialog->problemLabel()->text()));
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY_THROWS_EXCEPTION(InputError, changePanelSetup(*m_store, dialog->setup(), QStringLiteral("test"),
                                                              Actor(m_chair.id)));   // the store says the same
        if (!screenshots().isEmpty())
            dialog->grab().save(screenshots() + QStringLiteral("/panel-setup-reason-en.png"));
    }
    QCOMPARE(m_store->loadPanel().teams.size(), std::size_t(3));
    {
        auto dialog = openDialog(m_chair);
        typeInto(dialog->appealDaysSpin(), QStringLiteral("14"));
        typeInto(dialog->reasonEdit(), QStringLiteral("운영위원회 결정 (회의록 4쪽)"));
        QVERIFY2(dialog->apply(), qPrintable(dialog->problemLabel()->text()));
    }
    const Panel after = m_store->loadPanel();
    QCOMPARE(after.round.appealDays, 14);
    QCOMPARE(after.expertScores.size(), full.expertScores.size());
    QCOMPARE(after.benchmarkResults.size(), full.benchmarkResults.size());

    // After the lock nobody changes it.
    m_store->lockRound(m_chair.id);
    QCOMPARE(int(setupPermission(*m_store, Actor(m_chair.id)).access), int(SetupAccess::Refused));
}

void TestPanelSetup::menuOpensTheDialog()
{
    m_store.reset();
    MainWindow window(m_dir->path());
    test::ScriptedDialogs dialogs;
    window.setDialogs(dialogs);
    QString error;
    QVERIFY2(window.openDatabase(m_path, &error), qPrintable(error));
    window.setSignedIn(m_chair);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString title;
    window.setSetupDialogHook([&title](PanelSetupDialog &dialog) { title = dialog.windowTitle(); });
    QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title, QStringLiteral("Panel setup"));
}

void TestPanelSetup::koreanFollowsLive()
{
    Translations translations;
    auto dialog = openDialog(m_chair);
    translations.apply(QStringLiteral("ko"));
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("패널 설정"));
    typeInCell(dialog->groupsTable(), 0, QStringLiteral("points"), QStringLiteral("0"));
    QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("categories[0].groups[0].points")),
             qPrintable(dialog->problemLabel()->text()));
    QVERIFY2(!dialog->problemLabel()->text().contains(QStringLiteral("must be greater")),
             qPrintable(dialog->problemLabel()->text()));
    if (!screenshots().isEmpty()) {
        dialog->tabs()->setCurrentIndex(PanelSetupDialog::BenchmarksTab);
        dialog->grab().save(screenshots() + QStringLiteral("/panel-setup-benchmarks-ko.png"));
        dialog->tabs()->setCurrentIndex(PanelSetupDialog::RoundTab);
        dialog->grab().save(screenshots() + QStringLiteral("/panel-setup-round-ko.png"));
    }
    translations.apply(QStringLiteral("en"));
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Panel setup"));
    if (!screenshots().isEmpty()) {
        dialog->tabs()->setCurrentIndex(PanelSetupDialog::RoundTab);
        dialog->grab().save(screenshots() + QStringLiteral("/panel-setup-round-en.png"));
    }
}

QTEST_MAIN(TestPanelSetup)
#include "tst_panelsetup.moc"
