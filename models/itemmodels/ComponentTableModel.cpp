#include "itemmodels/ComponentTableModel.h"

#include "access/FindingsAccess.h"
#include "domain/Errors.h"
#include "itemmodels/FindingText.h"
#include "services/FindingsService.h"
#include "storage/PanelStore.h"

#include <QBrush>
#include <QColor>

namespace pd {

ComponentTableModel::ComponentTableModel(PanelStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

template <typename Action> bool ComponentTableModel::attempt(Action action)
{
    try {
        action();
    } catch (const Error &error) {
        Q_EMIT refused(error.message());
        refresh();   // show what the store holds (another member may have changed it)
        return false;
    }
    return true;
}

bool ComponentTableModel::load(const Panel &panel, const QString &team, const QString &actor)
{
    clear();
    if (!maySeeFindings(panel, actor, team))
        return false;
    m_panel = Panel();
    m_panel.reviewers = panel.reviewers;   // roles and conflicts are all the rules need
    m_actor = actor;
    m_editable = mayEditFindings(m_panel, actor, team);
    m_mayRecordVerdict = pd::mayRecordVerdict(m_panel, actor, team);
    m_findings.team = team;
    if (!refresh()) {
        clear();
        return false;
    }
    return true;
}

void ComponentTableModel::clear()
{
    beginResetModel();
    m_findings = TeamFindings();
    m_editable = false;
    m_mayRecordVerdict = false;
    endResetModel();
    Q_EMIT findingsChanged();
}

bool ComponentTableModel::reload()
{
    return isLoaded() && refresh();
}

bool ComponentTableModel::refresh()
{
    const QString team = m_findings.team;
    try {
        TeamFindings loaded = visibleFindings(m_panel, m_store.loadFindings(team), m_actor);
        beginResetModel();
        m_findings = std::move(loaded);
        endResetModel();
    } catch (const Error &error) {
        Q_EMIT refused(error.message());
        return false;
    }
    Q_EMIT findingsChanged();
    return true;
}

SuggestedVerdict ComponentTableModel::suggestion() const
{
    return suggestVerdict(m_findings.findings());
}

QString ComponentTableModel::suggestionText() const
{
    return explain(suggestion(), m_findings.findings());
}

bool ComponentTableModel::verdictDiffers() const
{
    return verdictDiffersFromRules(m_findings.verdict, suggestion());
}

std::optional<int> ComponentTableModel::addComponent(const QString &name)
{
    if (!m_editable)
        return std::nullopt;
    ComponentFinding finding;
    finding.component = name.trimmed();
    if (!attempt([&] { FindingsService(m_store).addComponent(m_findings.team, finding, m_actor); }))
        return std::nullopt;
    if (!refresh())
        return std::nullopt;
    return rowCount() - 1;
}

bool ComponentTableModel::removeComponent(int row)
{
    if (!m_editable || row < 0 || row >= rowCount())
        return false;
    const qint64 id = m_findings.components[static_cast<size_t>(row)].id;
    return attempt([&] { FindingsService(m_store).removeComponent(id, m_actor); }) && refresh();
}

bool ComponentTableModel::setOwnNote(int row, const QString &note)
{
    if (!m_editable || row < 0 || row >= rowCount())
        return false;
    if (note == ownNote(row))
        return true;
    const qint64 id = m_findings.components[static_cast<size_t>(row)].id;
    return attempt([&] { FindingsService(m_store).setComponentNote(id, note, m_actor); }) && refresh();
}

QString ComponentTableModel::ownNote(int row) const
{
    for (const ComponentNote &note : notes(row))
        if (note.member == m_actor)
            return note.note;
    return {};
}

std::vector<ComponentNote> ComponentTableModel::notes(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_findings.notesOf(m_findings.components[static_cast<size_t>(row)].id);
}

bool ComponentTableModel::recordVerdict(Verdict verdict, const QString &rationale)
{
    if (!m_mayRecordVerdict)
        return false;
    return attempt([&] { FindingsService(m_store).recordVerdict(m_findings.team, verdict, rationale, m_actor); })
        && refresh();
}

int ComponentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.components.size());
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentTableModel::displayValue(const ComponentFinding &f, int column, qint64 id) const
{
    switch (column) {
    case ComponentColumn: return f.component;
    case OriginColumn: return findingtext::origin(f.origin);
    case SourceColumn: return f.source;
    case LicenseColumn: return findingtext::license(f.license);
    case WeightsColumn: return findingtext::weights(f.weights);
    case ControlColumn: return findingtext::externalControl(f.externalControl);
    case EvidenceColumn: return f.evidence;
    case EvidenceFileColumn: return f.evidenceFile;
    case NotesColumn: {
        const auto count = static_cast<int>(m_findings.notesOf(id).size());
        return count == 0 ? QString() : tr("%n note(s)", nullptr, count);
    }
    default: return {};
    }
}

QVariant ComponentTableModel::editValue(const ComponentFinding &f, int column) const
{
    switch (column) {
    case OriginColumn: return static_cast<int>(f.origin);
    case LicenseColumn: return static_cast<int>(f.license);
    case WeightsColumn: return static_cast<int>(f.weights);
    case ControlColumn: return static_cast<int>(f.externalControl);
    default: return displayValue(f, column, 0);
    }
}

QVariant ComponentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComponentRecord &record = m_findings.components.at(static_cast<size_t>(index.row()));
    const bool deciding = suggestion().component == index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(record.finding, index.column(), record.id);
    case Qt::EditRole:
        return editValue(record.finding, index.column());
    case ComponentIdRole:
        return record.id;
    case DecidingRole:
        return deciding;
    case ChoicesRole:
        switch (index.column()) {
        case OriginColumn: return findingtext::origins();
        case LicenseColumn: return findingtext::licenses();
        case WeightsColumn: return findingtext::weightsList();
        case ControlColumn: return findingtext::externalControls();
        default: return {};
        }
    case Qt::BackgroundRole:
        if (deciding && suggestion().verdict == Verdict::Fail)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (deciding && suggestion().verdict == Verdict::Pending)
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NotesColumn) {
            QStringList lines;
            for (const ComponentNote &note : m_findings.notesOf(record.id)) {
                const Reviewer *author = m_panel.reviewer(note.member);
                lines << QStringLiteral("%1: %2").arg(author ? author->name : note.member, note.note);
            }
            return lines.join(QLatin1Char('\n'));
        }
        return deciding ? QVariant(suggestionText()) : QVariant();
    default:
        return {};
    }
}

bool ComponentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const ComponentRecord &record = m_findings.components.at(static_cast<size_t>(index.row()));
    ComponentFinding f = record.finding;
    const int choice = value.toInt();
    switch (index.column()) {
    case ComponentColumn:
        if (value.toString().trimmed().isEmpty()) {
            Q_EMIT refused(tr("A model component needs a name; the old name \"%1\" is kept.")
                               .arg(record.finding.component));
            return false;
        }
        f.component = value.toString().trimmed();
        break;
    case OriginColumn: f.origin = static_cast<Origin>(choice); break;
    case SourceColumn: f.source = value.toString(); break;
    case LicenseColumn: f.license = static_cast<License>(choice); break;
    case WeightsColumn: f.weights = static_cast<Weights>(choice); break;
    case ControlColumn: f.externalControl = static_cast<ExternalControl>(choice); break;
    case EvidenceColumn: f.evidence = value.toString(); break;
    case EvidenceFileColumn: f.evidenceFile = value.toString().trimmed(); break;
    default: return false;
    }
    const QStringList choices = data(index, ChoicesRole).toStringList();
    if (!choices.isEmpty() && (choice < 0 || choice >= choices.size()))
        return false;
    if (f == record.finding)
        return true;
    const qint64 id = record.id;
    if (!attempt([&] { FindingsService(m_store).updateComponent(id, f, m_actor); }))
        return false;
    m_findings.components[static_cast<size_t>(index.row())].finding = f;
    // the suggestion (and so the marked row) may move: repaint every row
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT findingsChanged();
    return true;
}

Qt::ItemFlags ComponentTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() != NotesColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ComponentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn: return tr("Component");
    case OriginColumn: return tr("Origin");
    case SourceColumn: return tr("Source");
    case LicenseColumn: return tr("Licence");
    case WeightsColumn: return tr("Weights");
    case ControlColumn: return tr("External control");
    case EvidenceColumn: return tr("Evidence");
    case EvidenceFileColumn: return tr("Evidence file");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}

} // namespace pd
