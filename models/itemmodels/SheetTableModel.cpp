#include "itemmodels/SheetTableModel.h"

#include "commands/ScoreCommands.h"
#include "domain/Errors.h"
#include "domain/ScoreRules.h"
#include "storage/PanelStore.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace pd {

namespace {

const Category *expertCategory(const Panel &panel)
{
    for (const Category &c : panel.categories)
        if (c.kind == CategoryKind::Expert)
            return &c;
    return nullptr;
}

} // namespace

SheetTableModel::SheetTableModel(PanelStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

bool SheetTableModel::load(const Panel &panel, const QString &reviewer, const QString &team,
                           const QString &actor)
{
    clear();
    const Category *category = expertCategory(panel);
    const Reviewer *member = panel.reviewer(reviewer);
    if (!category || !panel.team(team) || (member && member->conflicts.contains(team)))
        return false;
    beginResetModel();
    m_reviewer = reviewer;
    m_team = team;
    m_actor = actor;
    m_maximum = category->points;
    // Before reading the scores: a change made after this point is seen at the next save
    // (StaleEdit), never lost.
    m_store.watchSheet(reviewer, team);
    const RoundState state = m_store.loadRoundState();
    m_roundClosed = state != RoundState::Open && state != RoundState::Scoring;
    for (const RubricItem &item : category->rubric) {
        Row row{item, std::nullopt, QString()};
        if (const auto stored = m_store.loadExpertScore(reviewer, team, item.id)) {
            row.score = stored->score;
            row.comment = stored->comment;
            m_submitted = m_submitted || stored->submitted;
        }
        m_rows.push_back(row);
    }
    for (const SheetRecord &sheet : m_store.loadSheets())
        if (sheet.reviewer == reviewer && sheet.team == team) {
            m_opinion = sheet.opinion;
            m_submitted = m_submitted || sheet.submitted;
        }
    endResetModel();
    Q_EMIT sheetChanged();
    return true;
}

void SheetTableModel::clear()
{
    if (isLoaded())
        m_store.unwatchSheet(m_reviewer, m_team);
    m_stack.clear();
    beginResetModel();
    m_rows.clear();
    m_reviewer.clear();
    m_team.clear();
    m_actor.clear();
    m_opinion.clear();
    m_submitted = false;
    m_roundClosed = false;
    m_maximum = 0.0;
    endResetModel();
}

bool SheetTableModel::hasScores() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.score.has_value(); });
}

double SheetTableModel::total() const
{
    double sum = 0.0;
    for (const Row &r : m_rows)
        sum += r.score.value_or(0.0);
    return sum;
}

QStringList SheetTableModel::missingItems() const
{
    QStringList names;
    for (const Row &r : m_rows)
        if (!r.score)
            names << r.item.name;
    return names;
}

QString SheetTableModel::scoreText(double value)
{
    return QString::number(value, 'g', 12);
}

const RubricItem *SheetTableModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].item : nullptr;
}

std::optional<double> SheetTableModel::scoreAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].score : std::nullopt;
}

QString SheetTableModel::bandRange(const RubricItem &item, std::size_t band)
{
    const double from = item.bands.at(band).from;
    if (band + 1 < item.bands.size())
        return tr("%1 to under %2").arg(scoreText(from), scoreText(item.bands[band + 1].from));
    return tr("%1 to %2").arg(scoreText(from), scoreText(item.points));
}

QString SheetTableModel::bandsText(const RubricItem &item)
{
    QStringList lines;
    for (std::size_t b = 0; b < item.bands.size(); ++b)
        lines << tr("%1: %2").arg(bandRange(item, b), item.bands[b].description);
    return lines.join(QLatin1Char('\n'));
}

QString SheetTableModel::bandLine(const RubricItem &item, std::optional<double> score)
{
    if (item.bands.empty())
        return {};
    if (!score)
        return tr("%1: enter a score to see its band").arg(item.name);
    const RubricBand *band = item.bandOf(*score);
    if (!band)
        return tr("%1: %2 is below every described band").arg(item.name, scoreText(*score));
    const auto at = std::size_t(band - item.bands.data());
    return tr("%1, %2 (%3): %4")
        .arg(item.name, scoreText(*score), bandRange(item, at), band->description);
}

std::optional<double> SheetTableModel::parseScore(const QString &text, const RubricItem &item,
                                                  QString *error)
{
    static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)?$"));
    const QString trimmed = text.trimmed();
    const QString rule = tr("Enter a score from 0 to %1 in steps of %2.")
                             .arg(scoreText(item.points), scoreText(item.step));
    if (!number.match(trimmed).hasMatch()) {
        *error = tr("%1: \"%2\" is not a number (use a decimal point, e.g. 7.5). %3")
                     .arg(item.name, text, rule);
        return std::nullopt;
    }
    const double value = trimmed.toDouble();
    if (!scoreInRange(value, item.points)) {
        *error = tr("%1: %2 is out of range. %3").arg(item.name, trimmed, rule);
        return std::nullopt;
    }
    if (!onItemStep(value, item.step)) {
        *error = tr("%1: %2 is not a multiple of %3. %4")
                     .arg(item.name, trimmed, scoreText(item.step), rule);
        return std::nullopt;
    }
    return value;
}

bool SheetTableModel::commit(int row, double score, const QString &comment)
{
    const Row &r = m_rows.at(static_cast<std::size_t>(row));
    const ExpertScore value{m_reviewer, m_team, r.item.id, score, false, comment};
    try {
        commands::editScore(m_stack, m_store, value, m_actor);
    } catch (const Error &error) {
        refuse(error);
        return false;
    }
    m_rows[static_cast<std::size_t>(row)].score = score;
    m_rows[static_cast<std::size_t>(row)].comment = comment;
    Q_EMIT dataChanged(index(row, ScoreColumn), index(row, CommentColumn));
    Q_EMIT sheetChanged();
    return true;
}

void SheetTableModel::refreshFromStore()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        std::optional<double> score;
        QString comment;
        if (const auto stored = m_store.loadExpertScore(m_reviewer, m_team, r.item.id)) {
            score = stored->score;
            comment = stored->comment;
        }
        const int row = static_cast<int>(i);
        if (score != r.score) {
            r.score = score;
            Q_EMIT dataChanged(index(row, ScoreColumn), index(row, ScoreColumn));
        }
        if (comment != r.comment) {
            r.comment = comment;
            Q_EMIT dataChanged(index(row, CommentColumn), index(row, CommentColumn));
        }
    }
    Q_EMIT sheetChanged();
}

void SheetTableModel::refuse(const Error &error, const QString &format)
{
    const QString message = format.isEmpty() ? error.message() : format.arg(error.message());
    if (dynamic_cast<const StaleEdit *>(&error))
        reloadStaleCopy();   // shows what is stored now; then the message
    Q_EMIT editRefused(message);
}

void SheetTableModel::reloadStaleCopy()
{
    m_store.watchSheet(m_reviewer, m_team);
    m_stack.clear();   // its steps were made on the stale copy
    m_opinion.clear();
    m_submitted = false;
    for (const SheetRecord &sheet : m_store.loadSheets())
        if (sheet.reviewer == m_reviewer && sheet.team == m_team) {
            m_opinion = sheet.opinion;
            m_submitted = sheet.submitted;
        }
    refreshFromStore();   // scores and comments; emits sheetChanged
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT reloaded();
}

bool SheetTableModel::undo()
{
    if (!m_stack.canUndo() || isLocked())
        return false;
    try {
        commands::undo(m_stack);
    } catch (const Error &error) {
        refuse(error, tr("Undo refused: %1"));
        return false;
    }
    refreshFromStore();
    return true;
}

bool SheetTableModel::redo()
{
    if (!m_stack.canRedo() || isLocked())
        return false;
    try {
        commands::redo(m_stack);
    } catch (const Error &error) {
        refuse(error, tr("Redo refused: %1"));
        return false;
    }
    refreshFromStore();
    return true;
}

bool SheetTableModel::submit()
{
    if (!isLoaded() || isLocked())
        return false;
    if (const QStringList missing = missingItems(); !missing.isEmpty()) {
        Q_EMIT editRefused(tr("The sheet cannot be submitted: no score yet for %1.")
                               .arg(missing.join(QStringLiteral(", "))));
        return false;
    }
    try {
        m_store.submitSheet(m_reviewer, m_team, m_actor);
    } catch (const Error &error) {
        refuse(error);
        return false;
    }
    m_submitted = true;
    m_stack.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT sheetChanged();
    return true;
}

bool SheetTableModel::setOpinion(const QString &text)
{
    if (!isLoaded() || text == m_opinion)
        return true;
    if (m_roundClosed) {
        Q_EMIT editRefused(tr("The round is locked: the opinion can no longer change."));
        return false;
    }
    if (m_submitted) {
        Q_EMIT editRefused(tr("The sheet is submitted: its opinion can no longer change."));
        return false;
    }
    try {
        m_store.setSheetOpinion(m_reviewer, m_team, text, m_actor);
    } catch (const Error &error) {
        refuse(error);
        return false;
    }
    m_opinion = text;
    return true;
}

int SheetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SheetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(static_cast<std::size_t>(index.row()));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case ItemColumn: return r.item.name;
        case PointsColumn: return scoreText(r.item.points);
        case ScoreColumn: return r.score ? scoreText(*r.score) : QString();
        default: return r.comment;
        }
    case ItemIdRole:
        return r.item.id;
    case RawScoreRole:
        return r.score ? QVariant(*r.score) : QVariant();
    case BandRole: {
        const RubricBand *band = r.score ? r.item.bandOf(*r.score) : nullptr;
        return band ? QVariant(band->description) : QVariant();
    }
    case Qt::ToolTipRole: {
        // The item's bands, as rubric tools list them, on the item and next to its score.
        const QString bands = bandsText(r.item);
        if (column == ScoreColumn || column == PointsColumn) {
            const QString rule = tr("0 to %1 in steps of %2").arg(scoreText(r.item.points), scoreText(r.item.step));
            return bands.isEmpty() ? rule : rule + QLatin1Char('\n') + bands;
        }
        if (column == ItemColumn && !bands.isEmpty())
            return bands;
        return {};
    }
    case Qt::TextAlignmentRole:
        return column == PointsColumn || column == ScoreColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool SheetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const Row &r = m_rows.at(static_cast<std::size_t>(row));
    const QString text = value.toString();
    if (index.column() == CommentColumn) {
        if (text == r.comment)
            return true;
        if (!r.score) {
            Q_EMIT editRefused(tr("%1: enter a score before its comment.").arg(r.item.name));
            return false;
        }
        return commit(row, *r.score, text);
    }
    if (text.trimmed().isEmpty()) {
        if (!r.score)
            return true;   // an empty cell left empty
        Q_EMIT editRefused(tr("%1: a score cannot be removed (use Undo). Enter a score from 0 "
                              "to %2 in steps of %3.")
                               .arg(r.item.name, scoreText(r.item.points), scoreText(r.item.step)));
        return false;
    }
    QString error;
    const std::optional<double> score = parseScore(text, r.item, &error);
    if (!score) {
        Q_EMIT editRefused(error);
        return false;
    }
    if (r.score && *r.score == *score)
        return true;
    return commit(row, *score, r.comment);
}

Qt::ItemFlags SheetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isLocked() && (index.column() == ScoreColumn || index.column() == CommentColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SheetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn: return tr("Item");
    case PointsColumn: return tr("Points");
    case ScoreColumn: return tr("Score");
    default: return tr("Comment");
    }
}

} // namespace pd
