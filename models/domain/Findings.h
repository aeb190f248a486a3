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

// A provenance report attached as evidence to one component (docs/provenance.md, "Attaching
// a report to a finding"): its exact bytes and their SHA-256 as recorded when attached.
// Attached reports are never changed or detached; a newer one may be attached beside.
struct AttachedReport {
    qint64 id = 0;            // numbered within the round, in attach order
    qint64 componentId = 0;
    QString team;
    QByteArray bytes;         // the JSON report, byte for byte
    QString sha256;           // lower-case hex, as stored (verify compares it with the bytes)
    QString attachedBy;
    QDateTime attachedAt;     // UTC
    friend bool operator==(const AttachedReport &, const AttachedReport &) = default;
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
