#pragma once
// Score sheets and their expert scores: the reviewer's part of the store. One of the parts
// of PanelStore (PanelStore.h).

#include "domain/Panel.h"
#include "domain/SheetRecord.h"
#include "trust/Actor.h"

#include <QString>
#include <optional>
#include <vector>

namespace pd {

class SheetStorage {
public:
    virtual ~SheetStorage() = default;

    // Inserts or updates one expert score, committed at once and audited (old and new value).
    // InputError for an unknown reviewer/team/item, a conflicted reviewer, a score out of
    // range or off-step, or a change to a submitted sheet.
    virtual void setExpertScore(const ExpertScore &score, const Actor &actor) = 0;

    // Score sheets (storage/SheetWriter.h has the details; docs/storage.md the lifecycle).
    // Each call is one transaction with its audit entry; refusals are InputErrors.
    // One stored score (std::nullopt when none): a cheap read for the undo commands.
    virtual std::optional<ExpertScore> loadExpertScore(const QString &reviewer,
                                                       const QString &team,
                                                       const QString &item) const = 0;
    // Every sheet of the round with its state and overall opinion, drafts included (filter
    // with visibleSheets, access/Visibility.h, before showing anything).
    virtual std::vector<SheetRecord> loadSheets() const = 0;
    // Every stored score of one sheet (reviewer, team) with its state, in stored order; empty
    // when the sheet has none. What a window re-reads after a submit (actions/LiveInputs.h).
    virtual std::vector<ExpertScore> loadSheetScores(const QString &reviewer,
                                                     const QString &team) const = 0;
    // Deletes one score of a draft sheet (undo of a first entry), audited with the old value.
    virtual void clearExpertScore(const QString &reviewer, const QString &team,
                                  const QString &item, const Actor &actor) = 0;
    // The overall opinion of a draft sheet (created as a draft when absent).
    virtual void setSheetOpinion(const QString &reviewer, const QString &team,
                                 const QString &opinion, const Actor &actor) = 0;
    // Locks a complete sheet; only its reviewer submits. InputError naming the missing items
    // of an incomplete sheet, and for a submitted or conflicted sheet or another actor.
    virtual void submitSheet(const QString &reviewer, const QString &team,
                             const Actor &actor) = 0;
    // Signs a submitted sheet as stored, by its reviewer's key ("sign-sheet", SheetWriter.h).
    virtual void signSheet(const QString &reviewer, const QString &team, const Actor &actor) = 0;
    // Seals the actor's drafts still stored in the clear (from a file older than schema 9, a
    // panel file, or entered before they had a key) to their key: sign-in calls it. One
    // transaction with a "seal-drafts" entry when anything was sealed; returns how many
    // sheets. Needs the actor's signer; a round that is not open is left as it is.
    virtual int sealDrafts(const Actor &actor) = 0;
    // Back to draft; only a member with role chair, with a reason (kept in the audit log). A
    // reviewer with a key gets the reopened sheet back sealed to them.
    virtual void reopenSheet(const QString &reviewer, const QString &team,
                             const QString &reason, const Actor &actor) = 0;
    // Stale edits (T6): this store's copy of a sheet. After watchSheet (call it before reading
    // the sheet's scores), a write of that sheet through this store (a score, a clear, the
    // opinion, submit, reopen) is refused with StaleEdit, naming who changed it and when,
    // if anyone changed the sheet since: another window or PanelDesk, the CLI, an import.
    // This store's own writes move its copy on. Watching again takes the sheet as it is now;
    // unwatchSheet forgets it. Sheets not watched are written without the check (a CLI
    // command reads and writes in one go).
    virtual void watchSheet(const QString &reviewer, const QString &team) = 0;
    virtual void unwatchSheet(const QString &reviewer, const QString &team) = 0;
};

} // namespace pd
