#pragma once
// Sensitivity of the cut for the chair (issue 4, item 3): category weights as sliders (the
// round's total kept: moving one rescales the others in proportion), the expert aggregation,
// one expert left out, and per team the stored and scenario outcome and the smallest
// flipping change of each category's points. An analysis only: nothing is written. The
// figures come from models/analysis/Sensitivity.h; this page only shows them.

#include "analysis/Sensitivity.h"

#include <QWidget>
#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableView;

namespace pd {

class SensitivityTableModel;

class SensitivityPage : public QWidget {
    Q_OBJECT
public:
    // Slider positions are tenths of a point.
    static constexpr int kSliderScale = 10;

    explicit SensitivityPage(QWidget *parent = nullptr);

    // The panel the signed-in member may see (the chair's visible panel) and the tallies of
    // its user ratings (panel.userRatings is then ignored: PanelStore::loadScoringInputs).
    // Resets the scenario.
    void setPanel(const Panel &visiblePanel, const std::vector<RatingTally> &ratingTallies);
    // The same for a panel that holds its raw user ratings.
    void setPanel(const Panel &visiblePanel);

    // How a long analysis reports progress and is cancelled. The default shows a progress
    // dialog with Cancel once the analysis takes more than half a second (a large panel);
    // tests give their own.
    using MakeProgress = std::function<SensitivityProgress()>;
    void setMakeProgress(MakeProgress make) { m_makeProgress = std::move(make); }

    const SensitivityScenario &scenario() const { return m_scenario; }
    const SensitivityReport &report() const { return m_report; }
    SensitivityTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSlider *weightSlider(const QString &categoryId) const;
    QComboBox *aggregationBox() const { return m_aggregation; }
    QComboBox *leaveOutBox() const { return m_leaveOut; }
    QPushButton *resetButton() const { return m_reset; }
    QString leaveOneOutText() const;

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void reportChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct WeightRow {
        QString category;
        QLabel *name = nullptr;
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
    };

    void rebuildControls();
    void sliderMoved(std::size_t row, int position);
    void scenarioEdited();
    void recompute();
    void showWeights();
    void retranslate();

    Panel m_panel;
    std::vector<RatingTally> m_tallies;
    MakeProgress m_makeProgress;
    SensitivityScenario m_scenario;
    SensitivityReport m_report;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_analysisOnly = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_weightsTitle = nullptr;
    QWidget *m_weightsBox = nullptr;
    std::vector<WeightRow> m_rows;
    QLabel *m_aggregationLabel = nullptr;
    QComboBox *m_aggregation = nullptr;
    QLabel *m_trimLabel = nullptr;
    QSpinBox *m_trim = nullptr;
    QLabel *m_leaveOutLabel = nullptr;
    QComboBox *m_leaveOut = nullptr;
    QPushButton *m_reset = nullptr;
    QTableView *m_table = nullptr;
    SensitivityTableModel *m_model = nullptr;
    QLabel *m_loo = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace pd
