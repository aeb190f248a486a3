#pragma once
// An undoable change of a PanelStore. Every write is committed at once and may be refused
// (InputError) or fail (StoreError), and an exception must never cross QUndoStack or the
// event loop. So a StoreCommand writes in applyRedo()/applyUndo(), which throw, and the
// facade (commands/ScoreCommands.h) calls them first and moves the stack only after they
// succeeded: a failed write leaves the database and the stack as they were.
//
// Should QUndoStack itself call undo()/redo() (a QUndoView, an action made with
// QUndoStack::createUndoAction), a failed write is logged with qWarning and the command is
// made obsolete, which drops it from the stack. Use the facade's undo()/redo() instead, so
// that the failure reaches the user.

#include <QUndoCommand>

namespace pd::commands {

class StoreCommand : public QUndoCommand {
public:
    using QUndoCommand::QUndoCommand;

    // The writes; they throw, and change nothing when they do.
    virtual void applyRedo() const = 0;
    virtual void applyUndo() const = 0;

    // The next undo()/redo() only moves the stack: the facade has written already.
    void markApplied() const { m_applied = true; }

    void undo() final;
    void redo() final;

private:
    mutable bool m_applied = false;
};

} // namespace pd::commands
