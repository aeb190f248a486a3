#pragma once
// One edit of one score cell (reviewer, team, item): redo writes the new value, undo the
// old one, or clears the cell when it was empty. Consecutive edits of one cell by one actor
// merge into one command; an edit back to the original value then drops it. Built only by
// commands::editScore (ScoreCommands.h); it keeps a reference to the store, so a stack
// holding these must be cleared or destroyed before the store.

#include "commands/StoreCommand.h"
#include "domain/Panel.h"

#include <optional>

namespace pd {
class PanelStore;
}

namespace pd::commands {

class ScoreEditCommand final : public StoreCommand {
public:
    static constexpr int kId = 0x5344;   // "SD": score edit

    ScoreEditCommand(PanelStore &store, std::optional<ExpertScore> before, ExpertScore after,
                     QString actor);

    void applyRedo() const override;
    void applyUndo() const override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    const std::optional<ExpertScore> &before() const { return m_before; }
    const ExpertScore &after() const { return m_after; }

private:
    bool sameCell(const ScoreEditCommand &other) const;
    void updateText();

    PanelStore &m_store;
    std::optional<ExpertScore> m_before;
    ExpertScore m_after;
    QString m_actor;
};

} // namespace pd::commands
