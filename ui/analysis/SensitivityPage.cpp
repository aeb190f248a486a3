#include "analysis/SensitivityPage.h"

#include "domain/Errors.h"
#include "itemmodels/SensitivityTableModel.h"
#include "scoring/Aggregation.h"
#include "scoring/ExpertScoring.h"
#include "scoring/Rounding.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>
#include <memory>

namespace pd {

SensitivityPage::SensitivityPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_analysisOnly(new QLabel(this)),
      m_notice(new QLabel(this)), m_weightsTitle(new QLabel(this)), m_weightsBox(new QWidget(this)),
      m_aggregationLabel(new QLabel(this)), m_aggregation(new QComboBox(this)),
      m_trimLabel(new QLabel(this)), m_trim(new QSpinBox(this)), m_leaveOutLabel(new QLabel(this)),
      m_leaveOut(new QComboBox(this)), m_reset(new QPushButton(this)), m_table(new QTableView(this)),
      m_model(new SensitivityTableModel(this)), m_loo(new QLabel(this)), m_status(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("sensitivityStatus"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_analysisOnly->setObjectName(QStringLiteral("analysisOnly"));
    m_analysisOnly->setStyleSheet(QStringLiteral(
        "QLabel { background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9; padding: 4px; }"));
    m_analysisOnly->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("demoNotice"));
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060; padding: 4px; }"));
    m_notice->hide();

    m_aggregation->setObjectName(QStringLiteral("aggregationCombo"));
    m_aggregationLabel->setBuddy(m_aggregation);
    m_trim->setObjectName(QStringLiteral("trimSpin"));
    m_trim->setRange(0, 20);
    m_trim->setValue(1);
    m_trimLabel->setBuddy(m_trim);
    m_leaveOut->setObjectName(QStringLiteral("leaveOutCombo"));
    m_leaveOutLabel->setBuddy(m_leaveOut);
    m_reset->setObjectName(QStringLiteral("resetButton"));

    m_table->setObjectName(QStringLiteral("sensitivityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_loo->setObjectName(QStringLiteral("leaveOneOut"));
    m_loo->setWordWrap(true);
    m_loo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("sensitivityStatus"));
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_aggregationLabel);
    controls->addWidget(m_aggregation);
    controls->addWidget(m_trimLabel);
    controls->addWidget(m_trim);
    controls->addSpacing(16);
    controls->addWidget(m_leaveOutLabel);
    controls->addWidget(m_leaveOut);
    controls->addStretch(1);
    controls->addWidget(m_reset);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_analysisOnly);
    layout->addWidget(m_notice);
    layout->addWidget(m_weightsTitle);
    layout->addWidget(m_weightsBox);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_loo);
    layout->addWidget(m_status);

    connect(m_aggregation, &QComboBox::currentIndexChanged, this, [this] { scenarioEdited(); });
    connect(m_trim, &QSpinBox::valueChanged, this, [this] { scenarioEdited(); });
    connect(m_leaveOut, &QComboBox::currentIndexChanged, this, [this] { scenarioEdited(); });
    connect(m_reset, &QPushButton::clicked, this, &SensitivityPage::reset);

    retranslate();
}

QSlider *SensitivityPage::weightSlider(const QString &categoryId) const
{
    for (const WeightRow &row : m_rows)
        if (row.category == categoryId)
            return row.slider;
    return nullptr;
}

void SensitivityPage::setPanel(const Panel &visiblePanel)
{
    setPanel(visiblePanel, tallyRatings(visiblePanel.userRatings));
}

void SensitivityPage::setPanel(const Panel &visiblePanel, const std::vector<RatingTally> &ratingTallies)
{
    m_panel = visiblePanel;
    m_panel.userRatings.clear();   // the tallies stand for them
    m_tallies = ratingTallies;
    m_scenario = SensitivityScenario{};
    m_report = SensitivityReport{};
    m_notice->setText(m_panel.program.notice);
    m_notice->setVisible(!m_panel.program.notice.isEmpty());
    rebuildControls();
    reset();
}

void SensitivityPage::rebuildControls()
{
    delete m_weightsBox->layout();
    for (WeightRow &row : m_rows) {
        delete row.name;
        delete row.slider;
        delete row.value;
    }
    m_rows.clear();

    auto *grid = new QGridLayout(m_weightsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    const double cap = m_panel.totalPoints();
    for (const Category &c : m_panel.categories) {
        WeightRow row;
        row.category = c.id;
        row.name = new QLabel(m_weightsBox);
        row.slider = new QSlider(Qt::Horizontal, m_weightsBox);
        row.slider->setObjectName(QStringLiteral("weightSlider_") + c.id);
        row.slider->setRange(0, static_cast<int>(std::lround(cap * kSliderScale)));
        row.slider->setSingleStep(kSliderScale / 2);   // 0.5 point per arrow key
        row.slider->setPageStep(kSliderScale * 5);     // 5 points per Page Up/Down
        row.slider->setFocusPolicy(Qt::StrongFocus);
        row.slider->setTracking(true);
        row.slider->setEnabled(c.points > 0.0 && m_panel.categories.size() > 1);
        row.name->setBuddy(row.slider);
        row.value = new QLabel(m_weightsBox);
        row.value->setMinimumWidth(row.value->fontMetrics().horizontalAdvance(QStringLiteral("000.0 (stored 000.0)")) + 8);
        const int r = grid->rowCount();
        grid->addWidget(row.name, r, 0);
        grid->addWidget(row.slider, r, 1);
        grid->addWidget(row.value, r, 2);
        const std::size_t index = m_rows.size();
        connect(row.slider, &QSlider::valueChanged, this,
                [this, index](int position) { sliderMoved(index, position); });
        m_rows.push_back(row);
    }
    grid->setColumnStretch(1, 1);

    const QSignalBlocker block(m_leaveOut);
    m_leaveOut->clear();
    m_leaveOut->addItem(QString(), QString());   // "nobody", text set in retranslate()
    for (const LeaveOutCandidate &candidate : leaveOutCandidates(m_panel)) {   // analysis/Sensitivity.h
        const Reviewer *r = m_panel.reviewer(candidate.reviewer);
        m_leaveOut->addItem(QStringLiteral("%1 (%2)").arg(r ? r->name : candidate.reviewer, candidate.reviewer),
                            candidate.reviewer);
    }
    retranslate();
}

void SensitivityPage::reset()
{
    m_scenario = SensitivityScenario{};
    m_scenario.weights = storedWeights(m_panel);
    {
        const QSignalBlocker a(m_aggregation);
        const QSignalBlocker t(m_trim);
        const QSignalBlocker l(m_leaveOut);
        Aggregation stored = Aggregation::Mean;
        int trim = 1;
        for (const Category &c : m_panel.categories)
            if (c.kind == CategoryKind::Expert) {
                stored = c.aggregation;
                trim = c.trim;
                break;
            }
        m_aggregation->setCurrentIndex(m_aggregation->findData(static_cast<int>(stored)));
        m_trim->setValue(trim);
        m_trim->setEnabled(stored == Aggregation::TrimmedMean);
        m_leaveOut->setCurrentIndex(0);
    }
    showWeights();
    recompute();
}

void SensitivityPage::sliderMoved(std::size_t row, int position)
{
    if (row >= m_rows.size())
        return;
    const double points = static_cast<double>(position) / kSliderScale;
    try {
        m_scenario.weights = rescaleWeights(m_scenario.weights, m_rows[row].category, points);
    } catch (const Error &e) {
        m_error = e.message();
    }
    showWeights();
    recompute();
}

void SensitivityPage::scenarioEdited()
{
    const Aggregation chosen = static_cast<Aggregation>(m_aggregation->currentData().toInt());
    m_trim->setEnabled(chosen == Aggregation::TrimmedMean);
    m_scenario.aggregation = chosen;
    m_scenario.trim = m_trim->value();
    m_scenario.leaveOut = m_leaveOut->currentData().toString();
    recompute();
}

void SensitivityPage::showWeights()
{
    const int decimals = m_panel.round.displayDecimals;
    for (WeightRow &row : m_rows) {
        const double points = weightOf(m_scenario.weights, row.category);
        const Category *c = m_panel.category(row.category);
        {
            const QSignalBlocker block(row.slider);
            row.slider->setValue(static_cast<int>(std::lround(points * kSliderScale)));
        }
        row.value->setText(tr("%1 (stored %2)").arg(formatScore(points, decimals),
                                             formatScore(c ? c->points : 0.0, decimals)));
        row.slider->setToolTip(tr("%1: %2 points in the scenario (stored: %3)")
                                   .arg(c ? c->name : row.category, formatScore(points, decimals),
                                        formatScore(c ? c->points : 0.0, decimals)));
        row.slider->setAccessibleName(c ? c->name : row.category);
        row.slider->setAccessibleDescription(row.value->text());
    }
}

void SensitivityPage::recompute()
{
    m_error.clear();
    try {
        std::unique_ptr<QProgressDialog> dialog;
        SensitivityProgress progress;
        if (m_makeProgress) {
            progress = m_makeProgress();
        } else {
            dialog = std::make_unique<QProgressDialog>(tr("Computing the sensitivity of the cut…"),
                                                       tr("Cancel"), 0, 1, this);
            dialog->setWindowTitle(tr("Sensitivity of the cut"));
            dialog->setWindowModality(Qt::WindowModal);
            dialog->setMinimumDuration(500);
            progress = [d = dialog.get()](int done, int total) {
                d->setMaximum(total);
                d->setValue(done);   // a modal dialog processes events: Cancel is seen
                return !d->wasCanceled();
            };
        }
        m_report = analyseSensitivity(m_panel, m_tallies, m_scenario, progress);
    } catch (const Cancelled &) {
        m_report = SensitivityReport{};
        m_error = tr("The analysis was cancelled. Move a control or press Reset to compute it again.");
    } catch (const Error &e) {
        m_error = e.message();
    }
    m_model->setReport(m_panel, m_report);
    m_loo->setText(leaveOneOutText());
    int changed = 0;
    for (const TeamSensitivity &t : m_report.teams)
        changed += t.changed ? 1 : 0;
    m_status->setText(!m_error.isEmpty() ? m_error
                      : changed == 0
                          ? tr("Under this scenario every team keeps its stored outcome.")
                          : tr("Under this scenario %n team(s) change outcome (highlighted).", nullptr, changed));
    Q_EMIT reportChanged();
}

QString SensitivityPage::leaveOneOutText() const
{
    if (m_report.leaveOneOut.empty())
        return tr("Leave one expert out: no expert has a submitted sheet.");
    QStringList changing;
    for (const LeaveOneOut &l : m_report.leaveOneOut) {
        if (l.changes.empty())
            continue;
        const Reviewer *r = m_panel.reviewer(l.reviewer);
        QStringList teams;
        for (const OutcomeChange &c : l.changes) {
            const Team *team = m_panel.team(c.team);
            teams << tr("%1 %2 → %3").arg(team ? team->name : c.team,
                                          SensitivityTableModel::outcomeText(c.from),
                                          SensitivityTableModel::outcomeText(c.to));
        }
        changing << tr("without %1: %2").arg(r ? r->name : l.reviewer, teams.join(QStringLiteral(", ")));
    }
    if (changing.isEmpty())
        return tr("Leave one expert out: leaving out any one of the %n expert(s) changes no outcome.",
                  nullptr, static_cast<int>(m_report.leaveOneOut.size()));
    return tr("Leave one expert out: %1").arg(changing.join(QStringLiteral("; ")));
}

void SensitivityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SensitivityPage::retranslate()
{
    m_title->setText(tr("Sensitivity of the cut"));
    m_analysisOnly->setText(tr("Analysis only — the stored configuration is not changed. Move a "
                               "weight (the others are rescaled to keep the total of %1 points), "
                               "switch the expert aggregation or leave one expert out to see "
                               "which outcomes would change.")
                                .arg(formatScore(m_panel.totalPoints(), m_panel.round.displayDecimals)));
    m_weightsTitle->setText(tr("Category weights (points)"));
    for (WeightRow &row : m_rows) {
        const Category *c = m_panel.category(row.category);
        row.name->setText(c ? c->name : row.category);
    }
    {
        const QSignalBlocker block(m_aggregation);
        const int current = m_aggregation->currentIndex();
        m_aggregation->clear();
        m_aggregation->addItem(tr("Mean"), static_cast<int>(Aggregation::Mean));
        m_aggregation->addItem(tr("Median"), static_cast<int>(Aggregation::Median));
        m_aggregation->addItem(tr("Trimmed mean"), static_cast<int>(Aggregation::TrimmedMean));
        m_aggregation->setCurrentIndex(current < 0 ? 0 : current);
    }
    m_aggregationLabel->setText(tr("E&xpert aggregation:"));
    m_trimLabel->setText(tr("Trim &k:"));
    m_leaveOutLabel->setText(tr("Lea&ve out:"));
    if (m_leaveOut->count() > 0)
        m_leaveOut->setItemText(0, tr("Nobody"));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Back to the stored weights and aggregation, nobody left out"));
    showWeights();
    if (!m_report.teams.empty())
        recompute();
}

} // namespace pd
