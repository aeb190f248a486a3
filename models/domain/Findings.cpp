#include "domain/Findings.h"

namespace pd {

std::vector<ComponentFinding> TeamFindings::findings() const
{
    std::vector<ComponentFinding> list;
    list.reserve(components.size());
    for (const ComponentRecord &record : components)
        list.push_back(record.finding);
    return list;
}

const ComponentRecord *TeamFindings::component(qint64 id) const
{
    for (const ComponentRecord &record : components)
        if (record.id == id)
            return &record;
    return nullptr;
}

std::vector<ComponentNote> TeamFindings::notesOf(qint64 componentId) const
{
    std::vector<ComponentNote> list;
    for (const ComponentNote &note : notes)
        if (note.componentId == componentId)
            list.push_back(note);
    return list;
}

} // namespace pd
