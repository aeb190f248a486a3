#pragma once
// The undo facade the sheet screens call: plain functions, so widgets never build
// QUndoCommands. Each change is written to the store (committed and audited) before it
// becomes an undo step; a refused write throws the store's InputError (or StoreError) to
// the caller and leaves the stack as it was.
//
// The commands keep a reference to the store: clear or destroy the stack before the store.
// Use undo()/redo() below rather than QUndoStack::undo()/redo() (see StoreCommand.h).
// Undoing an edit of a sheet that has been submitted since is refused by the store like
// any other change of a submitted sheet (InputError, stack unchanged).

#include "domain/Panel.h"

#include <QString>

class QUndoStack;

namespace pd {
class PanelStore;
}

namespace pd::commands {

// Writes `newValue` (score and comment of one draft cell) through store.setExpertScore and
// pushes an undo step whose undo writes the previous value back, or clears the cell when
// it was empty. Consecutive edits of one cell by one actor merge into one step (unless the
// stack's clean state lies between them); editing a cell back to its original value removes
// the step. Writing the value already stored pushes nothing.
void editScore(QUndoStack &stack, PanelStore &store, const ExpertScore &newValue,
               const QString &actor);

// Undo / redo the step at the stack's index: write first, then move the stack. Nothing
// happens when there is nothing to undo / redo. On a refused or failed write the error is
// thrown and neither the database nor the stack changes.
void undo(QUndoStack &stack);
void redo(QUndoStack &stack);

} // namespace pd::commands
