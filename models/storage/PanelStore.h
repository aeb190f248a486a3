#pragma once
// Where a panel lives. SQLite now (SqliteStore), PostgreSQL later: callers only see this
// interface. Every method either completes and is durable, or throws and changes nothing.

#include "domain/Panel.h"
#include "domain/RatingTally.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace pd {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;         // UTC
    QString actor;        // member id, or "system" / "cli"
    QString action;       // e.g. "import-panel", "expert-score"
    QString entity;       // e.g. "expert_scores/R1/e01/lg/strategy"
    QString oldValue;     // JSON text or empty
    QString newValue;     // JSON text or empty
    QString reason;
};

// What the scoring engine needs: the round without its raw user ratings (panel.userRatings is
// empty) and their tallies. computeStandings(panel, ratingTallies) gives the same standings
// as computeStandings on the full panel.
struct ScoringInputs {
    Panel panel;
    std::vector<RatingTally> ratingTallies;
};

class PanelStore {
public:
    virtual ~PanelStore() = default;

    // The current round with all its inputs (drafts included: callers filter, the scoring
    // engine ignores drafts by rule R3).
    virtual Panel loadPanel() const = 0;

    // The current round for scoring: ratings summed where they are stored (fast for millions).
    virtual ScoringInputs loadScoringInputs() const = 0;

    // Writes every input of `panel` (validated first, InputError when invalid) in one
    // transaction, replacing what the store held; audited as one entry by `actor`.
    virtual void replacePanel(const Panel &panel, const QString &actor) = 0;

    // Inserts or updates one expert score, committed at once and audited (old and new value).
    // InputError for an unknown reviewer/team/item, a conflicted reviewer, a score out of
    // range or off-step, or a change to a submitted sheet.
    virtual void setExpertScore(const ExpertScore &score, const QString &actor) = 0;

    virtual std::vector<AuditEntry> auditLog() const = 0;

    // The file or connection this store was opened from (for titles and messages).
    virtual QString location() const = 0;
};

} // namespace pd
