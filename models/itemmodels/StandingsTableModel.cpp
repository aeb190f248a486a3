#include "itemmodels/StandingsTableModel.h"

#include "itemmodels/FindingText.h"

#include "scoring/OutcomeReason.h"
#include "scoring/Rounding.h"

#include <QBrush>
#include <QColor>

namespace pd {

StandingsTableModel::StandingsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StandingsTableModel::setStandings(const Panel &panel, const Standings &standings,
                                       const QStringList &hiddenTeams)
{
    beginResetModel();
    m_hiddenTeams = hiddenTeams;
    m_panel = panel;
    m_panel.userRatings.clear();   // not needed for display; keeps the model small
    m_panel.expertScores.clear();
    m_standings = standings;
    endResetModel();
}

int StandingsTableModel::totalColumn() const
{
    return 2 + static_cast<int>(m_panel.categories.size());
}

int StandingsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_standings.teams.size());
}

int StandingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : outcomeColumn() + 1;
}

QVariant StandingsTableModel::rawValue(const TeamStanding &row, int column) const
{
    if (column == 0)
        return row.scoreRank;
    if (column == 1) {
        const Team *team = m_panel.team(row.team);
        return team ? team->name : row.team;
    }
    if (column < totalColumn())
        return row.categories.at(static_cast<std::size_t>(column - 2)).second;
    if (column == totalColumn())
        return row.total;
    if (column == independenceColumn())
        return toString(row.independence);
    return toString(row.outcome);
}

bool StandingsTableModel::isHidden(const TeamStanding &row, int column) const
{
    // One hidden expert score changes every rank and outcome: none of them is shown then.
    if (!m_hiddenTeams.isEmpty() && (column == 0 || column == outcomeColumn()))
        return true;
    if (!m_hiddenTeams.contains(row.team))
        return false;
    if (column == totalColumn())
        return true;
    if (column >= 2 && column < totalColumn())
        return m_panel.categories.at(static_cast<std::size_t>(column - 2)).kind == CategoryKind::Expert;
    return false;
}

QVariant StandingsTableModel::displayValue(const TeamStanding &row, int column) const
{
    const int decimals = m_panel.round.displayDecimals;
    if (isHidden(row, column))
        return QStringLiteral("—");
    if (column >= 2 && column <= totalColumn())
        return formatScore(rawValue(row, column).toDouble(), decimals);
    if (column == independenceColumn()) {
        const QString verdict = findingtext::verdict(row.independence);
        if (row.flags.contains(QLatin1String(flags::VerdictDiffers)))
            return tr("⚠ %1 (findings suggest %2)")
                .arg(verdict, findingtext::verdict(row.independenceSuggested));
        return verdict;
    }
    if (column == outcomeColumn()) {
        switch (row.outcome) {
        case Outcome::Advance: return tr("advance");
        case Outcome::EliminatedScore: return tr("eliminated (score)");
        case Outcome::Disqualified: return tr("disqualified");
        case Outcome::Pending: return tr("pending");
        case Outcome::TieAtCut: return tr("tie at the cut");
        }
    }
    return rawValue(row, column);
}

QVariant StandingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamStanding &row = m_standings.teams.at(static_cast<std::size_t>(index.row()));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case RawValueRole:
        return isHidden(row, column) ? QVariant() : rawValue(row, column);
    case TeamIdRole:
        return row.team;
    case OutcomeRole:
        return static_cast<int>(row.outcome);
    case Qt::TextAlignmentRole:
        return column == 0 || (column >= 2 && column <= totalColumn())
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (isHidden(row, column) && m_hiddenTeams.contains(row.team))
            return tr("Hidden until you submit your own sheet for this team (or you have a "
                      "conflict of interest with it)");
        if (isHidden(row, column))
            return tr("Ranks and outcomes are hidden while some expert scores are hidden from you");
        if (column == independenceColumn() && row.flags.contains(QLatin1String(flags::VerdictDiffers)))
            return tr("The panel's verdict differs from what the recorded findings suggest (R5).\n%1")
                .arg(outcomeReason(m_panel, m_standings, row));
        if (column == outcomeColumn() || column == independenceColumn() || column == 1)
            return outcomeReason(m_panel, m_standings, row);
        return {};
    case Qt::ForegroundRole:
        if (column == outcomeColumn() && row.outcome != Outcome::Advance)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (column == independenceColumn() && row.flags.contains(QLatin1String(flags::VerdictDiffers)))
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        if (column == independenceColumn() && row.independence == Verdict::Fail)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    default:
        return {};
    }
}

QVariant StandingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= 2 && section < totalColumn()) {
        const Category &c = m_panel.categories.at(static_cast<std::size_t>(section - 2));
        return tr("%1: up to %2 points").arg(c.name, formatScore(c.points, 0));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Rank");
    if (section == 1)
        return tr("Team");
    if (section < totalColumn()) {
        const Category &c = m_panel.categories.at(static_cast<std::size_t>(section - 2));
        return QStringLiteral("%1 (%2)").arg(c.name, formatScore(c.points, 0));
    }
    if (section == totalColumn())
        return tr("Total (%1)").arg(formatScore(m_panel.totalPoints(), 0));
    if (section == independenceColumn())
        return tr("Independence");
    return tr("Outcome");
}

} // namespace pd
