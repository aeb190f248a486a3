#include "commands/ScoreEditCommand.h"

#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::commands {
namespace {

bool sameValue(const ExpertScore &a, const ExpertScore &b)
{
    return a.score == b.score && a.comment == b.comment;
}

} // namespace

ScoreEditCommand::ScoreEditCommand(PanelStore &store, std::optional<ExpertScore> before,
                                   ExpertScore after, QString actor)
    : m_store(store), m_before(std::move(before)), m_after(std::move(after)),
      m_actor(std::move(actor))
{
    if (m_before)
        m_before->submitted = false;   // written back as a draft score
    updateText();
}

void ScoreEditCommand::applyRedo() const
{
    m_store.setExpertScore(m_after, m_actor);
}

void ScoreEditCommand::applyUndo() const
{
    if (m_before)
        m_store.setExpertScore(*m_before, m_actor);
    else
        m_store.clearExpertScore(m_after.reviewer, m_after.team, m_after.item, m_actor);
}

bool ScoreEditCommand::sameCell(const ScoreEditCommand &other) const
{
    return m_after.reviewer == other.m_after.reviewer && m_after.team == other.m_after.team
           && m_after.item == other.m_after.item && m_actor == other.m_actor;
}

bool ScoreEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ScoreEditCommand *>(other);
    if (!next || &next->m_store != &m_store || !sameCell(*next))
        return false;
    m_after = next->m_after;
    if (m_before && sameValue(*m_before, m_after))
        setObsolete(true);   // back where it started: nothing left to undo
    updateText();
    return true;
}

void ScoreEditCommand::updateText()
{
    setText(QCoreApplication::translate("ScoreCommands", "score of %1 for %2, %3: %4")
                .arg(m_after.reviewer, m_after.team, m_after.item)
                .arg(m_after.score));
}

} // namespace pd::commands
