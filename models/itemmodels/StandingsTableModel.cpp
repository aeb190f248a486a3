#include "itemmodels/StandingsTableModel.h"

#include "itemmodels/FindingText.h"
#include "scoring/Rounding.h"

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <cmath>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StandingsFlags)
};

QString flagText(const QString &flag)
{
    if (flag == QLatin1String(flags::IncompleteBenchmark))
        return Tr::tr("benchmark result missing");
    if (flag == QLatin1String(flags::IncompleteExpert))
        return Tr::tr("no submitted expert sheet");
    if (flag == QLatin1String(flags::IncompleteUser))
        return Tr::tr("user rating missing");
    if (flag == QLatin1String(flags::TrimSkipped))
        return Tr::tr("too few sheets to trim");
    if (flag == QLatin1String(flags::VerdictDiffers))
        return Tr::tr("verdict differs from findings");
    return flag;
}

} // namespace

StandingsTableModel::StandingsTableModel(QObject *parent) : InPlaceTableModel(parent) {}

void StandingsTableModel::setStandings(const Panel &panel, const Standings &standings,
                                       const QStringList &hiddenTeams)
{
    StandingsDisclosure disclosure;
    disclosure.hiddenExpertTeams = hiddenTeams;
    setStandings(panel, standings, disclosure);
}

void StandingsTableModel::setStandings(const Panel &panel, const Standings &standings,
                                       const StandingsDisclosure &disclosure)
{
    Panel shown = panel.withoutScoresAndRatings();   // not needed for display
    std::vector<GroupColumn> groups;
    for (const Category &c : shown.categories)
        for (const BenchmarkGroup &g : c.groups)
            groups.push_back({g.id, g.name, g.points});
    // the same layout as marginColumn() + 1 computes it
    const int columns = 3 + static_cast<int>(shown.categories.size()) + 1 + static_cast<int>(groups.size()) + 4;
    const int rows = static_cast<int>(standings.teams.size());
    CutLine cut = disclosure.shownCut(cutLine(standings, panel.round));

    // What changed, by row: the figures (rank .. groups, what charts map), the rest (verdict
    // .. margin) and the row's team. Only computed when the shape stays.
    Changes changes;
    if (rows == rowCount() && columns == columnCount()) {
        // a round or categories of their own (decimals, names, cut) change every cell
        const bool everything = disclosure.level != m_disclosure.level
            || disclosure.hiddenExpertTeams.isEmpty() != m_disclosure.hiddenExpertTeams.isEmpty()
            || disclosure.reasons != m_disclosure.reasons || shown.round != m_panel.round || shown.categories != m_panel.categories
            || shown.program != m_panel.program;
        const auto name = [](const Panel &p, const QString &id) {
            const Team *team = p.team(id);
            return team ? team->name : id;
        };
        const auto cutMark = [](const CutLine &line, const QString &team) {
            return line.lastAbove && *line.lastAbove == team && line.firstBelow;
        };
        const auto margin = [](const CutLine &line, const QString &team) -> std::optional<double> {
            const auto found = line.margins.constFind(team);
            return found == line.margins.cend() ? std::nullopt : std::optional<double>(*found);
        };
        std::vector<bool> figures(static_cast<std::size_t>(rows)), rest(figures), names(figures);
        for (std::size_t i = 0; i < standings.teams.size(); ++i) {
            const TeamStanding &a = m_standings.teams[i];
            const TeamStanding &b = standings.teams[i];
            const bool hiddenChanged = everything
                || m_disclosure.hiddenExpertTeams.contains(a.team) != disclosure.hiddenExpertTeams.contains(b.team)
                || m_disclosure.publishedTeams.contains(a.team) != disclosure.publishedTeams.contains(b.team);
            names[i] = a.team != b.team || name(m_panel, a.team) != name(shown, b.team);
            figures[i] = names[i] || hiddenChanged || a.total != b.total || a.categories != b.categories
                || a.groups != b.groups || a.scoreRank != b.scoreRank || a.eligibleRank != b.eligibleRank
                || cutMark(m_cut, a.team) != cutMark(cut, b.team);
            rest[i] = figures[i] || a.independence != b.independence
                || a.independenceSuggested != b.independenceSuggested || a.outcome != b.outcome
                || a.flags != b.flags || margin(m_cut, a.team) != margin(cut, b.team);
        }
        const int firstRest = columns - 4;   // the independence column
        for (const auto &[first, last] : runs(figures))
            changes.cells.push_back({first, last, 0, firstRest - 1});
        for (const auto &[first, last] : runs(rest))
            changes.cells.push_back({first, last, firstRest, columns - 1});
        changes.rowHeaders = runs(names);
        if (everything)
            changes.columnHeaders.emplace_back(0, columns - 1);
    }
    replaceContents(rows, columns, changes, [&] {
        m_disclosure = disclosure;
        m_panel = std::move(shown);
        m_standings = standings;
        m_groups = std::move(groups);
        m_cut = std::move(cut);
    });
}

bool StandingsTableModel::isGroupColumn(int column) const
{
    return column > totalColumn() && column < independenceColumn();
}

int StandingsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_standings.teams.size());
}

int StandingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : marginColumn() + 1;
}

QVariant StandingsTableModel::rawValue(const TeamStanding &row, int column) const
{
    if (column == rankColumn())
        return row.scoreRank;
    if (column == eligibleRankColumn())
        return row.eligibleRank ? QVariant(*row.eligibleRank) : QVariant();
    if (column == teamColumn()) {
        const Team *team = m_panel.team(row.team);
        return team ? team->name : row.team;
    }
    if (column < totalColumn())
        return row.categories.at(static_cast<std::size_t>(column - categoryColumn(0))).second;
    if (column == totalColumn())
        return row.total;
    if (isGroupColumn(column))
        return row.groupScore(m_groups.at(static_cast<std::size_t>(column - groupColumn(0))).id);
    if (column == independenceColumn())
        return toString(row.independence);
    if (column == outcomeColumn())
        return toString(row.outcome);
    if (column == flagsColumn())
        return row.flags.join(QLatin1Char(','));
    const auto margin = m_cut.margins.constFind(row.team);
    return margin == m_cut.margins.cend() ? QVariant() : QVariant(*margin);
}

bool StandingsTableModel::isHidden(const TeamStanding &row, int column) const
{
    const StandingsDisclosure &d = m_disclosure;
    if (column == rankColumn() || column == eligibleRankColumn())
        return !d.showsRank(row.team);
    if (column >= categoryColumn(0) && column < totalColumn())
        return !d.showsCategory(row.team, m_panel.categories.at(static_cast<std::size_t>(column - categoryColumn(0))).kind);
    if (column == totalColumn())
        return !d.showsTotal(row.team);
    if (isGroupColumn(column))
        return !d.showsGroups(row.team);
    if (column == independenceColumn())
        return !d.showsVerdicts();
    if (column == outcomeColumn())
        return !d.showsOutcomes();
    if (column == flagsColumn())
        return !d.showsFlags();
    if (column == marginColumn())
        return !d.showsMargins();
    return false;   // the team
}

QVariant StandingsTableModel::displayValue(const TeamStanding &row, int column) const
{
    const int decimals = m_panel.round.displayDecimals;
    if (isHidden(row, column))
        return QStringLiteral("—");
    if ((column >= categoryColumn(0) && column <= totalColumn()) || isGroupColumn(column))
        return formatScore(rawValue(row, column).toDouble(), decimals);
    if (column == eligibleRankColumn())
        return row.eligibleRank ? QVariant(*row.eligibleRank) : QVariant(QString());
    if (column == independenceColumn()) {
        const QString verdict = findingtext::verdict(row.independence);
        if (m_disclosure.showsFindingsFlag() && row.flags.contains(QLatin1String(flags::VerdictDiffers)))
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
    if (column == flagsColumn()) {
        QStringList texts;
        for (const QString &flag : row.flags)
            texts << flagText(flag);
        return texts.join(QStringLiteral(", "));
    }
    if (column == marginColumn()) {
        const QVariant margin = rawValue(row, column);
        if (!margin.isValid())
            return QString();
        const double value = margin.toDouble();
        return value > 0 ? QStringLiteral("+") + formatScore(value, decimals)
                         : formatScore(value, decimals);
    }
    return rawValue(row, column);
}

QVariant StandingsTableModel::toolTip(const TeamStanding &row, int column) const
{
    if (isHidden(row, column)) {
        switch (m_disclosure.level) {
        case StandingsLevel::Member:
            if (m_disclosure.hiddenExpertTeams.contains(row.team))
                return tr("Hidden until you submit your own sheet for this team (or you have a "
                          "conflict of interest with it)");
            return tr("Ranks and outcomes are hidden while some expert scores are hidden from you");
        case StandingsLevel::Public:
            return tr("Not published: the announced decision publishes this team's outcome, not "
                      "its scores");
        case StandingsLevel::TeamsOnly:
            return tr("Nothing is published before the decision is announced; members sign in to "
                      "see more");
        }
        return {};
    }
    const QString reason = m_disclosure.shownReason(m_panel, m_standings, row);
    if (column == independenceColumn() && m_disclosure.showsFindingsFlag()
        && row.flags.contains(QLatin1String(flags::VerdictDiffers)))
        return tr("The panel's verdict differs from what the recorded findings suggest (R5).\n%1")
            .arg(reason);
    if (column == outcomeColumn() || column == independenceColumn() || column == teamColumn())
        return reason;
    if (column == marginColumn() && rawValue(row, column).isValid()) {
        const double margin = rawValue(row, column).toDouble();
        const QString points = formatScore(std::abs(margin), m_panel.round.displayDecimals);
        return margin >= 0
            ? tr("Could lose %1 points before the outcome changes, everything else equal").arg(points)
            : tr("Needs %1 more points to change the outcome, everything else equal").arg(points);
    }
    return {};
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
    case CutBelowRole:
        return m_cut.lastAbove && *m_cut.lastAbove == row.team && m_cut.firstBelow;
    case Qt::TextAlignmentRole:
        return column == rankColumn() || column == eligibleRankColumn() || column == marginColumn()
                || (column >= categoryColumn(0) && column <= totalColumn()) || isGroupColumn(column)
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        if (isHidden(row, column))
            return {};
        if (column == outcomeColumn() && row.outcome != Outcome::Advance)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (column == independenceColumn() && m_disclosure.showsFindingsFlag()
            && row.flags.contains(QLatin1String(flags::VerdictDiffers)))
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        if (column == independenceColumn() && row.independence == Verdict::Fail)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (column == marginColumn() && rawValue(row, column).toDouble() < 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    default:
        return {};
    }
}

QVariant StandingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // rows are named by their team (the charts' bar sets take this as their label)
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
        && section < rowCount())
        return rawValue(m_standings.teams.at(static_cast<std::size_t>(section)), teamColumn());
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section >= categoryColumn(0) && section < totalColumn()) {
            const Category &c = m_panel.categories.at(static_cast<std::size_t>(section - categoryColumn(0)));
            return tr("%1: up to %2 points").arg(c.name, formatScore(c.points, 0));
        }
        if (section == eligibleRankColumn())
            return tr("Rank among the teams whose independence verdict is pass (R6)");
        if (section == marginColumn())
            return tr("Points above (+) or below (−) the cut line, everything else equal");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == rankColumn())
        return tr("Rank");
    if (section == eligibleRankColumn())
        return tr("Eligible rank");
    if (section == teamColumn())
        return tr("Team");
    if (section < totalColumn()) {
        const Category &c = m_panel.categories.at(static_cast<std::size_t>(section - categoryColumn(0)));
        return QStringLiteral("%1 (%2)").arg(c.name, formatScore(c.points, 0));
    }
    if (section == totalColumn())
        return tr("Total (%1)").arg(formatScore(m_panel.totalPoints(), 0));
    if (isGroupColumn(section)) {
        const GroupColumn &g = m_groups.at(static_cast<std::size_t>(section - groupColumn(0)));
        return QStringLiteral("%1 (%2)").arg(g.name.isEmpty() ? g.id : g.name, formatScore(g.points, 0));
    }
    if (section == independenceColumn())
        return tr("Independence");
    if (section == outcomeColumn())
        return tr("Outcome");
    if (section == flagsColumn())
        return tr("Flags");
    return tr("Margin to cut");
}

} // namespace pd
