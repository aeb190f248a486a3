#pragma once
// One team's independence findings as an editable table (issue 3, item 4): a row per model
// component with R5's fields (component, origin, source, licence, weights, external
// control, evidence text and file reference) and the number of members' notes. The model
// holds the rules, not the widgets: what the signed-in member may see and change comes from
// access/FindingsAccess.h; every accepted change is committed at once through the store
// (and audited there); a refusal is reported through `refused` and changes nothing.
//
// The suggested verdict (R5, scoring/IndependenceRules.h) is recomputed after every change;
// the deciding component's row is marked (DecidingRole, background).

#include "domain/Findings.h"
#include "scoring/IndependenceRules.h"

#include <QAbstractTableModel>
#include <optional>

namespace pd {

class PanelStore;

class ComponentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ComponentColumn, OriginColumn, SourceColumn, LicenseColumn, WeightsColumn,
        ControlColumn, EvidenceColumn, EvidenceFileColumn, NotesColumn, ColumnCount
    };
    enum Role {
        ComponentIdRole = Qt::UserRole + 1,
        ChoicesRole,    // QStringList of the texts a choice column offers (EditRole = index)
        DecidingRole    // bool: this component decided the suggested verdict
    };

    explicit ComponentTableModel(PanelStore &store, QObject *parent = nullptr);

    // Loads `team`'s findings as `actor` may see them (`panel` gives roles and conflicts).
    // False, and an empty model, when the actor may not see them or the store refuses.
    bool load(const Panel &panel, const QString &team, const QString &actor);
    void clear();
    bool reload();   // the same team again, from the store

    const QString &team() const { return m_findings.team; }
    bool isLoaded() const { return !m_findings.team.isEmpty(); }
    bool isEditable() const { return m_editable; }
    bool mayRecordVerdict() const { return m_mayRecordVerdict; }
    const TeamFindings &findings() const { return m_findings; }
    SuggestedVerdict suggestion() const;
    QString suggestionText() const;   // pd::explain of the suggestion
    // True when the recorded verdict differs from a non-pending suggestion (R5's flag).
    bool verdictDiffers() const;

    // A new component named `name` (other fields at their defaults) at the end. Its row, or
    // std::nullopt with `refused` emitted.
    std::optional<int> addComponent(const QString &name);
    bool removeComponent(int row);
    // The signed-in member's own note on the component of `row` ("" removes it).
    bool setOwnNote(int row, const QString &note);
    QString ownNote(int row) const;
    std::vector<ComponentNote> notes(int row) const;
    // The chair's verdict with its rationale (mayRecordVerdict()).
    bool recordVerdict(Verdict verdict, const QString &rationale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refused(const QString &message);
    // Components, notes or the verdict changed (the suggestion may have too).
    void findingsChanged();

private:
    bool refresh();   // re-reads m_findings from the store, resetting the model
    QVariant displayValue(const ComponentFinding &finding, int column, qint64 id) const;
    QVariant editValue(const ComponentFinding &finding, int column) const;
    template <typename Action> bool attempt(Action action);

    PanelStore &m_store;
    Panel m_panel;   // for roles and conflicts only
    QString m_actor;
    TeamFindings m_findings;
    bool m_editable = false;
    bool m_mayRecordVerdict = false;
};

} // namespace pd
