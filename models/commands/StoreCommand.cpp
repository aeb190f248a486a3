#include "commands/StoreCommand.h"

#include "domain/Errors.h"

#include <QtGlobal>
#include <exception>

namespace pd::commands {
namespace {

template <typename Write> bool writeWithoutThrowing(const Write &write)
{
    try {
        write();
        return true;
    } catch (const Error &e) {
        qWarning("PanelDesk: undo/redo refused: %s", qUtf8Printable(e.message()));
    } catch (const std::exception &e) {
        qWarning("PanelDesk: undo/redo failed: %s", e.what());
    }
    return false;
}

} // namespace

void StoreCommand::undo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (!writeWithoutThrowing([this] { applyUndo(); }))
        setObsolete(true);
}

void StoreCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (!writeWithoutThrowing([this] { applyRedo(); }))
        setObsolete(true);
}

} // namespace pd::commands
