#include "itemmodels/SensitivityTableModel.h"

#include "scoring/Rounding.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pd {

SensitivityTableModel::SensitivityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SensitivityTableModel::setReport(const Panel &panel, const SensitivityReport &report)
{
    const bool sameShape = m_report.teams.size() == report.teams.size()
        && m_report.scenario.weights.size() == report.scenario.weights.size();
    if (!sameShape)
        beginResetModel();
    m_panel = panel;
    m_panel.expertScores.clear();
    m_panel.userRatings.clear();
    m_panel.benchmarkResults.clear();
    m_report = report;
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

int SensitivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.teams.size());
}

int SensitivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFlipColumn + static_cast<int>(m_report.scenario.weights.size());
}

QString SensitivityTableModel::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Advance: return tr("advance");
    case Outcome::EliminatedScore: return tr("eliminated (score)");
    case Outcome::Disqualified: return tr("disqualified");
    case Outcome::Pending: return tr("pending");
    case Outcome::TieAtCut: return tr("tie at the cut");
    }
    return {};
}

QString SensitivityTableModel::flipText(const WeightFlip &flip, int decimals)
{
    switch (flip.status) {
    case WeightFlip::Status::NotEligible: return tr("never (independence)");
    case WeightFlip::Status::NotAdjustable: return tr("not adjustable");
    case WeightFlip::Status::NoneInRange: return tr("none in range");
    case WeightFlip::Status::Found: break;
    }
    const std::optional<FlipPoint> p = flip.smallest();
    if (!p)
        return tr("none in range");
    QString delta = formatScore(p->delta, decimals);
    if (p->delta > 0.0 && !delta.startsWith(QLatin1Char('-')))
        delta.prepend(QLatin1Char('+'));
    return tr("%1 → %2").arg(delta, outcomeText(p->outcome));
}

QVariant SensitivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const TeamSensitivity &t = m_report.teams[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const int decimals = m_panel.round.displayDecimals;
    const WeightFlip *flip = nullptr;
    if (column >= FirstFlipColumn) {
        const auto flipIndex = static_cast<std::size_t>(column - FirstFlipColumn);
        if (flipIndex >= t.flips.size())
            return {};
        flip = &t.flips[flipIndex];
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TeamColumn: {
            const Team *team = m_panel.team(t.team);
            return team ? team->name : t.team;
        }
        case BaselineColumn: return outcomeText(t.baselineOutcome);
        case BaselineTotalColumn: return formatScore(t.baselineTotal, decimals);
        case ScenarioColumn: return outcomeText(t.scenarioOutcome);
        case ScenarioTotalColumn: return formatScore(t.scenarioTotal, decimals);
        default: return flipText(*flip, decimals + 1);
        }
    case SortRole:
        switch (column) {
        case TeamColumn: return t.team;
        case BaselineColumn: return static_cast<int>(t.baselineOutcome);
        case BaselineTotalColumn: return t.baselineTotal;
        case ScenarioColumn: return static_cast<int>(t.scenarioOutcome);
        case ScenarioTotalColumn: return t.scenarioTotal;
        default: {
            const auto p = flip->smallest();
            return p ? std::abs(p->delta) : 1e300;
        }
        }
    case ChangedRole:
        return t.changed;
    case OutcomeRole:
        if (column == BaselineColumn)
            return static_cast<int>(t.baselineOutcome);
        if (column == ScenarioColumn)
            return static_cast<int>(t.scenarioOutcome);
        return {};
    case FlipDeltaRole:
        if (flip && flip->smallest())
            return flip->smallest()->delta;
        return {};
    case Qt::TextAlignmentRole:
        if (column == BaselineTotalColumn || column == ScenarioTotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (t.changed && (column == ScenarioColumn || column == TeamColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (t.changed)
            return QBrush(QColor(255, 236, 179));   // amber: the outcome changed
        return {};
    case Qt::ForegroundRole:
        if (t.changed)
            return QBrush(QColor(Qt::black));
        return {};
    case Qt::ToolTipRole:
        if (column == ScenarioColumn && t.changed)
            return tr("Outcome changes under this scenario: %1 → %2")
                .arg(outcomeText(t.baselineOutcome), outcomeText(t.scenarioOutcome));
        if (flip) {
            QStringList parts;
            if (flip->up)
                parts << tr("raising it by %1 points (to %2) gives %3")
                             .arg(formatScore(flip->up->delta, decimals + 1),
                                  formatScore(flip->up->weight, decimals + 1),
                                  outcomeText(flip->up->outcome));
            if (flip->down)
                parts << tr("lowering it by %1 points (to %2) gives %3")
                             .arg(formatScore(-flip->down->delta, decimals + 1),
                                  formatScore(flip->down->weight, decimals + 1),
                                  outcomeText(flip->down->outcome));
            if (parts.isEmpty())
                return flip->status == WeightFlip::Status::NotEligible
                    ? tr("Disqualified or pending on independence: no weight changes the outcome")
                    : tr("No weight of this category within 0 to the total changes the outcome");
            return parts.join(QLatin1Char('\n'));
        }
        return {};
    default:
        return {};
    }
}

QVariant SensitivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FirstFlipColumn)
        return tr("The smallest change of this category's points (the others rescaled to keep the "
                  "total) after which the team's outcome differs from the scenario");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TeamColumn: return tr("Team");
    case BaselineColumn: return tr("Stored outcome");
    case BaselineTotalColumn: return tr("Stored total");
    case ScenarioColumn: return tr("Scenario outcome");
    case ScenarioTotalColumn: return tr("Scenario total");
    default: {
        const CategoryWeight &w = m_report.scenario.weights[static_cast<std::size_t>(section - FirstFlipColumn)];
        const Category *c = m_panel.category(w.category);
        return tr("%1 (%2): flips at").arg(c ? c->name : w.category,
                                           formatScore(w.points, m_panel.round.displayDecimals));
    }
    }
}

} // namespace pd
