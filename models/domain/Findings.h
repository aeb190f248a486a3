#pragma once
// The independence findings of one team as the findings page edits them (issue 3, item 4):
// the panel verdict, the model components with their stored ids, and the members' notes.
// Panel/Independence (domain/Panel.h) is the same data without ids and notes, for scoring
// and the panel file.

#include "domain/Panel.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace pd {

struct ComponentRecord {
    qint64 id = 0;   // stable within the round; never reused while the component exists
    ComponentFinding finding;
    friend bool operator==(const ComponentRecord &, const ComponentRecord &) = default;
};

// One member's note on one component (at most one per member and component).
struct ComponentNote {
    qint64 componentId = 0;
    QString member;
    QString note;
    QDateTime updatedAt;   // UTC
    friend bool operator==(const ComponentNote &, const ComponentNote &) = default;
};

struct TeamFindings {
    QString team;
    Verdict verdict = Verdict::Pending;
    QString rationale;
    std::vector<ComponentRecord> components;   // in recorded order
    std::vector<ComponentNote> notes;          // by component, then member order
    friend bool operator==(const TeamFindings &, const TeamFindings &) = default;

    // The components without ids, as R5 (scoring/IndependenceRules.h) takes them.
    std::vector<ComponentFinding> findings() const;
    const ComponentRecord *component(qint64 id) const;
    // The notes on one component, in stored order.
    std::vector<ComponentNote> notesOf(qint64 componentId) const;
};

} // namespace pd
