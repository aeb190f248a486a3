#include "commands/ScoreCommands.h"

#include "commands/ScoreEditCommand.h"
#include "storage/PanelStore.h"

#include <QUndoStack>

namespace pd::commands {

void editScore(QUndoStack &stack, PanelStore &store, const ExpertScore &newValue,
               const QString &actor)
{
    const std::optional<ExpertScore> before =
        store.loadExpertScore(newValue.reviewer, newValue.team, newValue.item);
    store.setExpertScore(newValue, actor);   // throws: nothing is pushed
    if (before && before->score == newValue.score && before->comment == newValue.comment)
        return;   // nothing changed, nothing to undo
    auto *command = new ScoreEditCommand(store, before, newValue, actor);
    command->markApplied();   // push() calls redo(): the value is written already
    stack.push(command);
}

void undo(QUndoStack &stack)
{
    if (!stack.canUndo())
        return;
    if (const auto *command = dynamic_cast<const StoreCommand *>(stack.command(stack.index() - 1))) {
        command->applyUndo();   // throws: the stack stays where it is
        command->markApplied();
    }
    stack.undo();
}

void redo(QUndoStack &stack)
{
    if (!stack.canRedo())
        return;
    if (const auto *command = dynamic_cast<const StoreCommand *>(stack.command(stack.index()))) {
        command->applyRedo();
        command->markApplied();
    }
    stack.redo();
}

} // namespace pd::commands
