#include "setup/PanelSetupDialog.h"
#include "setup/SetupTable.h"

#include "Dialogs.h"
#include "domain/Errors.h"
#include "domain/PanelConfiguration.h"
#include "itemmodels/StandingsTableModel.h"
#include "storage/PanelStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {
namespace {

const QStringList kNormalizations = {QStringLiteral("target_ratio"), QStringLiteral("best_ratio"),
                                     QStringLiteral("min_max"), QStringLiteral("absolute")};

} // namespace

PanelSetupDialog::PanelSetupDialog(PanelStore &store, const Member &actor, QWidget *parent)
    : QDialog(parent), m_store(store), m_actor(actor), m_dialogs(&widgetDialogs())
{
    using Column = SetupTable::Column;
    const auto key = [](const char *k, QStringList choices = {}) { return Column{QLatin1String(k), choices}; };
    m_categories = new SetupTable({key("id"), key("name"),
                                   key("kind", {QStringLiteral("benchmark"), QStringLiteral("expert"), QStringLiteral("user")}),
                                   key("points"),
                                   key("aggregation.method", {QStringLiteral("mean"), QStringLiteral("median"),
                                                              QStringLiteral("trimmed_mean")}),
                                   key("aggregation.trim"), key("scale.min"), key("scale.max"),
                                   key("normalization", {QStringLiteral("best_ratio"), QStringLiteral("absolute")})});
    m_groups = new SetupTable({key("category"), key("id"), key("name"), key("points"),
                               key("normalization", kNormalizations), key("achievement_cap"), key("scale_max")});
    m_benchmarks = new SetupTable({key("group"), key("id"), key("name"),
                                   key("higher_is_better", {QStringLiteral("higher"), QStringLiteral("lower")}),
                                   key("weight"), key("teams"), key("targets")});
    m_rubric = new SetupTable({key("category"), key("id"), key("name"), key("points"), key("step")});
    m_bands = new SetupTable({key("from"), key("description")});
    m_userItems = new SetupTable({key("category"), key("id"), key("name"), key("weight")});
    m_teams = new SetupTable({key("id"), key("name"), key("model"), key("entered_round")});

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildRoundTab(), QString());
    m_groupsCaption = new QLabel;
    m_benchmarksCaption = new QLabel;
    m_tabs->addTab(tableTab({m_categories}, {nullptr}), QString());
    m_tabs->addTab(tableTab({m_groups, m_benchmarks}, {m_groupsCaption, m_benchmarksCaption}), QString());
    m_bandsCaption = new QLabel;
    m_tabs->addTab(tableTab({m_rubric, m_bands}, {nullptr, m_bandsCaption}), QString());
    m_tabs->addTab(tableTab({m_userItems}, {nullptr}), QString());
    m_tabs->addTab(tableTab({m_teams}, {nullptr}), QString());

    m_previewModel = new StandingsTableModel(this);
    m_preview = new QTableView;
    m_preview->setModel(m_previewModel);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTitle = new QLabel;
    m_previewTitle->setBuddy(m_preview);
    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tabs);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_problemLabel = new QLabel;
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showField = new QPushButton;
    connect(m_showField, &QPushButton::clicked, this, &PanelSetupDialog::showProblemField);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemLabel, 1);
    problemRow->addWidget(m_showField);

    m_permissionLabel = new QLabel;
    m_permissionLabel->setWordWrap(true);
    m_reasonLabel = new QLabel;
    m_reason = new QLineEdit;
    m_reasonLabel->setBuddy(m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &PanelSetupDialog::updateApply);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_apply = new QPushButton;
    m_apply->setDefault(false);
    m_apply->setAutoDefault(false);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    m_close = new QPushButton;
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &PanelSetupDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(problemRow);
    layout->addWidget(m_permissionLabel);
    layout->addLayout(reasonRow);
    layout->addLayout(buttons);

    for (SetupTable *table : {m_categories, m_groups, m_benchmarks, m_rubric, m_bands, m_userItems, m_teams})
        connect(table, &SetupTable::rowsEdited, this, [this, table] {
            if (table == m_categories)
                kindsChanged();
            if (table == m_bands)
                keepBands();
            refresh();
        });
    connect(m_rubric, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previous, int) {
                if (row != previous)
                    showBandsOf(row);
            });

    m_inputs = m_store.loadScoringInputs();
    m_permission = setupPermission(m_store, Actor(m_actor.id));
    load(m_inputs.panel);
    m_sheets = m_store.loadSheets();
    m_saved = setup();   // as the cells read it: what changes is what the user edits
    retranslate();
    refresh();
    resize(1240, 660);
    splitter->setSizes({760, 480});
}

PanelSetupDialog::~PanelSetupDialog()
{
    // An editor still open commits when the dialog hides: nothing to check any more.
    for (SetupTable *table : {m_categories, m_groups, m_benchmarks, m_rubric, m_bands, m_userItems, m_teams})
        disconnect(table, nullptr, this, nullptr);
}

QWidget *PanelSetupDialog::buildRoundTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const auto line = [this](QLineEdit *&edit, QLabel *&label, const QString &path) {
        edit = new QLineEdit;
        label = new QLabel;
        label->setBuddy(edit);
        if (!path.isEmpty())
            m_fields.insert(path, edit);
        connect(edit, &QLineEdit::textChanged, this, &PanelSetupDialog::refresh);
    };
    const auto spin = [this](QSpinBox *&box, QLabel *&label, const QString &path, int max) {
        box = new QSpinBox;
        box->setRange(0, max);
        label = new QLabel;
        label->setBuddy(box);
        m_fields.insert(path, box);
        connect(box, &QSpinBox::valueChanged, this, &PanelSetupDialog::refresh);
    };
    line(m_programName, m_programNameLabel, QStringLiteral("program.name"));
    line(m_organizer, m_organizerLabel, QStringLiteral("program.organizer"));
    line(m_notice, m_noticeLabel, QStringLiteral("program.notice"));
    line(m_roundId, m_roundIdLabel, QStringLiteral("round.id"));
    line(m_roundName, m_roundNameLabel, QStringLiteral("round.name"));
    line(m_date, m_dateLabel, QStringLiteral("round.evaluation_date"));
    m_date->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    spin(m_appealDays, m_appealLabel, QStringLiteral("round.appeal_days"), 365);
    spin(m_decimals, m_decimalsLabel, QStringLiteral("round.display_decimals"), 4);
    m_cutKind = new QComboBox;
    m_cutKind->addItems({QString(), QString()});
    connect(m_cutKind, &QComboBox::currentIndexChanged, this, &PanelSetupDialog::refresh);
    spin(m_cutCount, m_cutLabel, QStringLiteral("round.cut"), 999);
    m_cutLabel->setBuddy(m_cutKind);
    line(m_minTotal, m_minTotalLabel, QStringLiteral("round.cut.min_total"));
    line(m_tieBreak, m_tieBreakLabel, QStringLiteral("round.tie_break"));

    form->addRow(m_programNameLabel, m_programName);
    form->addRow(m_organizerLabel, m_organizer);
    form->addRow(m_noticeLabel, m_notice);
    form->addRow(m_roundIdLabel, m_roundId);
    form->addRow(m_roundNameLabel, m_roundName);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_appealLabel, m_appealDays);
    form->addRow(m_decimalsLabel, m_decimals);
    auto *cut = new QHBoxLayout;
    cut->addWidget(m_cutKind);
    cut->addWidget(m_cutCount);
    cut->addStretch(1);
    form->addRow(m_cutLabel, cut);
    form->addRow(m_minTotalLabel, m_minTotal);
    form->addRow(m_tieBreakLabel, m_tieBreak);
    return page;
}

QWidget *PanelSetupDialog::tableTab(const std::vector<SetupTable *> &tables, const std::vector<QLabel *> &captions)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (captions[i]) {
            captions[i]->setBuddy(tables[i]);
            layout->addWidget(captions[i]);
        }
        layout->addWidget(tables[i], 1);
    }
    auto *hint = new QLabel;
    hint->setWordWrap(true);
    m_keysHints.push_back(hint);
    layout->addWidget(hint);
    return page;
}

void PanelSetupDialog::retranslate()
{
    setWindowTitle(tr("Panel setup"));
    m_tabs->setTabText(RoundTab, tr("&Round"));
    m_tabs->setTabText(CategoriesTab, tr("&Categories"));
    m_tabs->setTabText(BenchmarksTab, tr("&Benchmarks"));
    m_tabs->setTabText(RubricTab, tr("R&ubric"));
    m_tabs->setTabText(UserTab, tr("U&ser panel"));
    m_tabs->setTabText(TeamsTab, tr("&Teams"));
    m_programNameLabel->setText(tr("&Program:"));
    m_organizerLabel->setText(tr("Or&ganizer:"));
    m_noticeLabel->setText(tr("&Notice:"));
    m_roundIdLabel->setText(tr("Round &id:"));
    m_roundNameLabel->setText(tr("Round na&me:"));
    m_dateLabel->setText(tr("Evaluation &date:"));
    m_appealLabel->setText(tr("Appeal da&ys:"));
    m_decimalsLabel->setText(tr("Decimals sho&wn:"));
    m_cutKind->setItemText(0, tr("Eliminate"));
    m_cutKind->setItemText(1, tr("Advance"));
    m_cutLabel->setText(tr("Cut &line:"));
    m_minTotalLabel->setText(tr("&Floor (minimum total):"));
    m_minTotal->setPlaceholderText(tr("none"));
    m_tieBreakLabel->setText(tr("Tie-break &order:"));
    m_tieBreak->setPlaceholderText(tr("category ids, best first (empty: category order)"));
    m_categories->setTitles({tr("Id"), tr("Name"), tr("Kind"), tr("Points"), tr("Aggregation"), tr("Trim"),
                             tr("Scale min"), tr("Scale max"), tr("Normalization")});
    m_groupsCaption->setText(tr("Benchmark &groups:"));
    m_groups->setTitles({tr("Category"), tr("Id"), tr("Name"), tr("Points"), tr("Normalization"),
                         tr("Achievement cap"), tr("Scale max")});
    m_benchmarksCaption->setText(tr("Bench&marks (teams: empty for every team, else the ids it applies to; "
                                    "targets: team=target for a target_ratio group, e.g. lg=88, skt=90):"));
    m_benchmarks->setTitles({tr("Group"), tr("Id"), tr("Name"), tr("Better"), tr("Weight"), tr("Teams"),
                             tr("Targets")});
    m_rubric->setTitles({tr("Category"), tr("Id"), tr("Name"), tr("Points"), tr("Step")});
    m_bands->setTitles({tr("From score"), tr("Description")});
    updateBandsCaption();
    m_userItems->setTitles({tr("Category"), tr("Id"), tr("Name"), tr("Weight")});
    m_teams->setTitles({tr("Id"), tr("Name"), tr("Model"), tr("Entered round")});
    for (QLabel *hint : m_keysHints)
        hint->setText(tr("Insert adds a row, Shift+Delete removes the current one; F2 or typing edits a cell, "
                         "Tab leaves the table."));
    m_previewTitle->setText(tr("Standings with this setup (pre&view):"));
    m_showField->setText(tr("S&how field"));
    m_reasonLabel->setText(tr("R&eason for the change:"));
    m_apply->setText(tr("&Apply"));
    m_close->setText(tr("Close"));
    switch (m_permission.access) {
    case SetupAccess::Prepare:
        m_permissionLabel->setText(tr("No score has been entered yet: Apply changes the setup at once, "
                                 "recorded in the audit log."));
        break;
    case SetupAccess::ChangeWithReason:
        m_permissionLabel->setText(tr("Scores have been entered: a change needs your reason, which the audit "
                                      "log keeps."));
        break;
    case SetupAccess::Refused: {
        QString why = m_permission.why;   // the models' words, as a sentence
        if (!why.isEmpty())
            why[0] = why[0].toUpper();
        m_permissionLabel->setText(why);
        break;
    }
    }
    const bool withReason = m_permission.access == SetupAccess::ChangeWithReason;
    m_reasonLabel->setVisible(withReason);
    m_reason->setVisible(withReason);
    m_apply->setVisible(m_permission.access != SetupAccess::Refused);
    m_tabs->setEnabled(true);
    for (QWidget *page : {m_tabs->widget(RoundTab), m_tabs->widget(CategoriesTab), m_tabs->widget(BenchmarksTab),
                          m_tabs->widget(RubricTab), m_tabs->widget(UserTab), m_tabs->widget(TeamsTab)})
        page->setEnabled(m_permission.access != SetupAccess::Refused);
}

void PanelSetupDialog::showBandsOf(int rubricRow)
{
    m_bandsRow = rubricRow;
    {
        const QSignalBlocker blocker(m_bands);
        m_bands->clearRows();
        for (const QVariant &band : m_rubric->rowData(rubricRow).toList())
            m_bands->appendRow(band.toStringList());
    }
    m_bands->setEnabled(rubricRow >= 0);
    updateBandsCaption();
    refresh();   // the band rows get their paths
}

void PanelSetupDialog::updateBandsCaption()
{
    const QString rubricId = m_bandsRow >= 0 ? m_rubric->text(m_bandsRow, QStringLiteral("id")) : QString();
    m_bandsCaption->setText(rubricId.isEmpty()
                                ? tr("Score ba&nds of the selected item:")
                                : tr("Score ba&nds of \"%1\" (each from its score up to the next band; shown "
                                     "beside the score on the sheet):").arg(rubricId));
}

void PanelSetupDialog::keepBands()
{
    if (m_bandsRow < 0)
        return;
    QVariantList bands;
    for (int row = 0; row < m_bands->rowCount(); ++row)
        bands.append(QStringList{m_bands->text(row, QStringLiteral("from")),
                                 m_bands->text(row, QStringLiteral("description"))});
    m_rubric->setRowData(m_bandsRow, bands);
}

void PanelSetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();   // the messages in the new language
    }
    QDialog::changeEvent(event);
}

bool PanelSetupDialog::hasChanges() const
{
    return !sameConfiguration(setup(), m_saved);
}

void PanelSetupDialog::refresh()
{
    const Gathered gathered = gather();
    m_problem = gathered.problem;
    if (!m_problem) {
        const SetupPreview preview = previewSetup(m_inputs, m_sheets, gathered.panel, m_actor.id);
        m_problem = preview.problem;
        if (!m_problem) {
            m_previewModel->setStandings(preview.panel, preview.standings, preview.hiddenTeams);
            for (int c = 0; c < m_previewModel->columnCount(); ++c) {
                const bool shown = c == m_previewModel->rankColumn() || c == m_previewModel->teamColumn()
                                   || (c >= m_previewModel->categoryColumn(0) && c <= m_previewModel->totalColumn())
                                   || c == m_previewModel->outcomeColumn();
                m_preview->setColumnHidden(c, !shown);
            }
            m_preview->resizeColumnsToContents();
        }
    }
    m_preview->setEnabled(!m_problem);
    showProblem();
    updateApply();
}

void PanelSetupDialog::showProblem()
{
    for (SetupTable *table : {m_categories, m_groups, m_benchmarks, m_rubric, m_bands, m_userItems, m_teams})
        table->clearProblem();
    if (m_markedField) {
        m_markedField->setStyleSheet(QString());
        m_markedField->setToolTip(QString());
        m_markedField = nullptr;
    }
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabIcon(tab, QIcon());
    if (!m_problem) {
        m_problemLabel->setText(tr("The setup passes every check."));
        m_problemLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_showField->setEnabled(false);
        return;
    }
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    const std::optional<FieldMark> mark = locate(m_problem->path);
    if (!mark) {
        m_problemLabel->setText(m_problem->text());
        m_showField->setEnabled(false);
        return;
    }
    m_tabs->setTabIcon(mark->tab, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    if (mark->table)
        mark->table->markProblem(mark->row, mark->column, m_problem->message);
    if (mark->field) {
        m_markedField = mark->field;
        m_markedField->setStyleSheet(QStringLiteral("background: #fdd5d5;"));
        m_markedField->setToolTip(m_problem->message);
    }
    QString where = m_tabs->tabText(mark->tab);
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&"));   // "팀(&T)", "&Teams"
    where.remove(mnemonic);
    m_problemLabel->setText(tr("%1: %2").arg(where, m_problem->text()));
    m_showField->setEnabled(true);
}

void PanelSetupDialog::showProblemField()
{
    if (!m_problem)
        return;
    const std::optional<FieldMark> mark = locate(m_problem->path);
    if (!mark)
        return;
    m_tabs->setCurrentIndex(mark->tab);
    if (mark->table) {
        mark->table->setCurrentCell(mark->row, mark->column);
        mark->table->setFocus();
    } else if (mark->field) {
        mark->field->setFocus();
    }
}

void PanelSetupDialog::updateApply()
{
    const bool reasonOk = m_permission.access != SetupAccess::ChangeWithReason || !m_reason->text().trimmed().isEmpty();
    m_apply->setEnabled(m_permission.access != SetupAccess::Refused && !m_problem && reasonOk && hasChanges());
}

bool PanelSetupDialog::apply()
{
    if (!m_apply->isEnabled())
        return false;
    const Panel changed = setup();
    try {
        changePanelSetup(m_store, changed, m_reason->text().trimmed(), Actor(m_actor.id));
        m_inputs = m_store.loadScoringInputs();
        m_sheets = m_store.loadSheets();
        m_permission = setupPermission(m_store, Actor(m_actor.id));
    } catch (const Error &error) {
        m_problem = splitProblem(error.message());
        showProblem();
        m_status->clear();
        return false;
    }
    m_saved = changed;
    m_reason->clear();
    retranslate();
    refresh();
    m_status->setText(tr("Applied: the setup is saved and recorded in the audit log."));
    return true;
}

void PanelSetupDialog::reject()
{
    if (hasChanges() && m_permission.access != SetupAccess::Refused
        && !m_dialogs->ask(this, tr("Panel setup"), tr("Close without applying your changes?")))
        return;
    QDialog::reject();
}

} // namespace pd
