#pragma once
// Where a panel lives. SQLite now (SqliteStore), PostgreSQL later: callers only see this
// interface. Every method either completes and is durable, or throws and changes nothing.

#include "trust/Actor.h"
#include "domain/BenchmarkImport.h"
#include "domain/ChainHead.h"
#include "decision/Decision.h"
#include "domain/Findings.h"
#include "domain/Member.h"
#include "domain/Panel.h"
#include "domain/RatingRows.h"
#include "domain/RatingTally.h"
#include "domain/SheetRecord.h"
#include "domain/SheetsFile.h"
#include "importers/ImportIssues.h"
#include "storage/RatingSource.h"
#include "storage/StoredKey.h"
#include "storage/WriteWait.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>
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
    // The chain (schema 7, trust/AuditChain.h): empty in entries read from older files.
    QByteArray prevHash;   // hash of the entry before (empty for the first)
    QByteArray hash;       // SHA-256 of the canonical entry
    QString signer;        // member whose key signed; empty when unsigned
    QByteArray signature;  // Ed25519 over `hash`; empty when unsigned
};

// Consecutive failed sign-ins of one member (the throttle kept in the file, schema step 7).
struct SignInFailures {
    int failures = 0;            // 0: none since the last success
    qint64 lastFailureMs = 0;    // UTC milliseconds since the epoch (the system clock)
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

    // The signed-in member's key for this store's session (trust.md): every change whose
    // actor is that member and that brings no signer of its own is signed with it. Shared, so
    // that it lives as long as the store needs it; nullptr (signed out) leaves such changes
    // unsigned. The window and the CLI's sign-in set it.
    virtual void setSigner(std::shared_ptr<const Signer> signer) = 0;

    // The current round with all its inputs (drafts included: callers filter, the scoring
    // engine ignores drafts by rule R3). A draft sealed to its reviewer (trust.md, "Drafts")
    // is read only with that reviewer's key, i.e. when they are the signer set above; to
    // everyone else it is a draft sheet without scores or opinion.
    virtual Panel loadPanel() const = 0;

    // The current round for scoring: the ratings' tallies as stored beside them, kept by every
    // write of ratings (fast for millions; schema step 10).
    virtual ScoringInputs loadScoringInputs() const = 0;
    // The stored tallies compared with the ratings they count, every count and sum (a full
    // pass over the ratings: `verify`, not the open path). One line per tally that differs
    // (at most `limit`, then how many more); empty when they agree.
    // `exceptRound`: that round left out (its ratings compared another way: `verify` tallies
    // them as it streams a decision version's inputs).
    virtual QStringList ratingTallyProblems(int limit = 20, const QString &exceptRound = {}) const = 0;

    // The current round without its user ratings and the ratings as a stream of rows
    // (domain/RatingRows.h), both from one state of the store, given to `use` (the stream is
    // valid during the call only): for the canonical inputs of a decision, streamed into
    // their fingerprint (decision/Fingerprint.h) instead of built whole.
    using UseStreamedRound = std::function<void(const Panel &round, const RatingRows &ratings)>;
    virtual void readStreamedRound(const UseStreamedRound &use) const = 0;

    // Writes every input of `panel` (validated first, InputError when invalid) in one
    // transaction, replacing what the store held; audited as one entry by `actor`.
    virtual void replacePanel(const Panel &panel, const Actor &actor) = 0;

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

    // Independence findings (storage/FindingsStore.h has the data rules and the audit; who
    // may do what is checked by services/FindingsService.h, which callers use to change them).
    // Each change is one transaction with its audit entry; refusals are InputErrors.
    // The team's verdict, components with ids, and every member's notes (callers filter
    // with access/FindingsAccess.h before showing anything).
    virtual TeamFindings loadFindings(const QString &team) const = 0;
    // A new component at the end of the team's list; returns its id.
    virtual qint64 addComponent(const QString &team, const ComponentFinding &finding,
                                const Actor &actor) = 0;
    virtual void updateComponent(qint64 id, const ComponentFinding &finding,
                                 const Actor &actor) = 0;
    // Removes the component and every note on it.
    virtual void removeComponent(qint64 id, const Actor &actor) = 0;
    // The actor's own note on a component; a blank note removes it.
    virtual void setComponentNote(qint64 id, const QString &note, const Actor &actor) = 0;
    // The panel verdict (pass/fail need a rationale, R5; the chair's: FindingsService).
    virtual void recordVerdict(const QString &team, Verdict verdict, const QString &rationale,
                               const Actor &actor) = 0;

    // Members (program-wide, in panel order) with their conflicts and whether a passphrase
    // is set; never a passphrase hash.
    virtual std::vector<Member> members() const = 0;

    // Adds a member with its conflicts, audited. InputError for an invalid or taken id, a
    // blank name, an unknown role or an unknown/repeated conflict team.
    virtual void addMember(const Reviewer &member, const Actor &actor) = 0;
    // The same with a first passphrase, in one transaction (no member without it on failure).
    // InputError also for a passphrase that breaks the length rule (auth/Passphrase.h).
    virtual void addMemberWithPassphrase(const Reviewer &member, const QString &passphrase,
                                         const Actor &actor) = 0;

    // Stores only an Argon2id hash of `passphrase`; the audit entry says that a passphrase
    // was set, never what it or its hash is. InputError for an unknown member or a
    // passphrase that breaks the length rule.
    virtual void setPassphrase(const QString &memberId, const QString &passphrase,
                               const Actor &actor) = 0;

    // True when the member exists, has a passphrase and `passphrase` is it (Argon2id check,
    // about 0.1 s). Pair with SignInThrottle (auth/SignIn.h) for sign-in.
    virtual bool checkPassphrase(const QString &memberId, const QString &passphrase) const = 0;

    // The sign-in throttle's state (services/SignInService.h applies the delays). Recording
    // a failure is its own transaction and is not audited; clearing writes nothing when
    // there is nothing to clear.
    virtual SignInFailures loadSignInFailures(const QString &memberId) const = 0;
    virtual void recordSignInFailure(const QString &memberId, qint64 atMs) = 0;
    virtual void clearSignInFailures(const QString &memberId) = 0;

    // Replaces the member's declared conflicts, audited with the old and new list.
    // InputError for an unknown member, an unknown or repeated team, or a team the member
    // already holds a score sheet for.
    virtual void setConflicts(const QString &memberId, const QStringList &teams,
                              const Actor &actor) = 0;

    // Member keys (trust.md, trust/MemberKeys.h orchestrates): the stored public key and the
    // secret key sealed under the member's passphrase, or nothing when the member has none.
    virtual std::optional<StoredKey> loadMemberKey(const QString &memberId) const = 0;
    // Stores a member's key; `established`: a new key, recorded by a "member-key" audit entry
    // signed by `actor`; otherwise the same key sealed anew ("reseal-key").
    virtual void storeMemberKey(const QString &memberId, const StoredKey &key, bool established,
                                const Actor &actor) = 0;
    // Forgets the member's key ("clear-key"); they register a new one at their next sign-in.
    virtual void clearMemberKey(const QString &memberId, const Actor &actor) = 0;

    virtual std::vector<AuditEntry> auditLog() const = 0;

    // Imports (docs/imports.md). User ratings from a stream (importers/RatingsCsv.h) in one
    // transaction: committed with one audit entry only when the source reports no problem
    // and was not cancelled, otherwise nothing changes. With `replace`, the round's stored
    // ratings are replaced; without, a stored rating repeated by the source is a duplicate.
    virtual RatingWriteOutcome importRatings(RatingSource &source, bool replace,
                                             const Actor &actor) = 0;
    // The lm-evaluation-harness mapping the round keeps (storage/BenchmarkImportWriter.h).
    virtual BenchmarkMapping loadBenchmarkMapping() const = 0;
    virtual void saveBenchmarkMapping(const BenchmarkMapping &mapping, const Actor &actor) = 0;
    // Writes previewed benchmark results in one transaction, one audit entry per result (old
    // and new value, `reason` naming the file). InputError, nothing written, when a result
    // changed since the preview or a value is refused. With `mapping`, saves it in the same
    // transaction.
    virtual void applyBenchmarkChanges(const std::vector<BenchmarkChange> &changes,
                                       const std::optional<BenchmarkMapping> &mapping,
                                       const Actor &actor, const QString &reason) = 0;
    // An offline sheets file (storage/SheetImportWriter.h): all or nothing, committed only
    // when `issues` stays empty.
    virtual SheetImportOutcome importSheets(const SheetsFile &file, const QString &sourceName,
                                            const Actor &actor, const QString &reason,
                                            ImportIssues &issues) = 0;
    // The round lifecycle, decisions and appeals (decision/Lifecycle.h has the state rules,
    // storage/DecisionStore.h the SQL, docs/decision.md the whole story). Every step is the
    // chair's: the use cases (decision/VerifiedSteps.h, decision/RoundSteps.h) check that
    // (access/LifecycleAccess.h) before calling these. One transaction with its audit entry;
    // refusals are InputErrors and change nothing. Dates are the caller's "today".
    virtual RoundStatus loadRoundStatus() const = 0;
    virtual RoundState loadRoundState() const = 0;   // the state alone, without the versions
    virtual void lockRound(const Actor &actor) = 0;
    virtual void reopenRound(const QString &reason, const QDate &today, const Actor &actor) = 0;
    // Records a new decision version: tie resolutions are added to the round first, then
    // `compose` (decision/ComposeDecision.h) computes the version from the round as read in
    // the same transaction; the store persists it. Returns the new version. Callers use
    // decideVerified (decision/VerifiedSteps.h), which checks the chair and the file first.
    virtual int decideRound(const QDate &today, const std::vector<TieResolution> &tieResolutions,
                            const ComposeDecision &compose, const Actor &actor) = 0;
    virtual void announceDecision(const QDate &date, const QDate &today, const Actor &actor) = 0;
    // `committee` empty: every chair and expert who holds no sheet for the team and has no
    // conflict with it. Returns the appeal id; an appeal after the window is recorded as late.
    virtual qint64 fileAppeal(const QString &team, const QDate &filedOn, const QString &grounds,
                              const QStringList &committee, const QDate &today,
                              const Actor &actor) = 0;
    virtual void ruleAppeal(qint64 id, Ruling ruling, const QString &reason, const QDate &today,
                            const Actor &actor) = 0;
    virtual void finalizeDecision(const QDate &today, const Actor &actor) = 0;

    // The file or connection this store was opened from (for titles and messages).
    virtual QString location() const = 0;

    // An online copy of what the store holds, written to `out` (which must not exist): one
    // committed state, mode 0600, synced (storage/Backup.h). Returns the audit chain head the
    // copy holds. StoreError naming `out` when it cannot be written (nothing left there).
    virtual ChainHead copyTo(const QString &out) const = 0;

    // Stale edits (T6): this store's copy of a sheet. After watchSheet (call it before reading
    // the sheet's scores), a write of that sheet through this store (a score, a clear, the
    // opinion, submit, reopen) is refused with StaleEdit, naming who changed it and when,
    // if anyone changed the sheet since: another window or PanelDesk, the CLI, an import.
    // This store's own writes move its copy on. Watching again takes the sheet as it is now;
    // unwatchSheet forgets it. Sheets not watched are written without the check (a CLI
    // command reads and writes in one go).
    virtual void watchSheet(const QString &reviewer, const QString &team) = 0;
    virtual void unwatchSheet(const QString &reviewer, const QString &team) = 0;

    // How a write waits while another PanelDesk writes to the same panel (WriteWait.h).
    virtual void setWriteWait(WriteWaitPolicy policy) = 0;
    // Tells other PanelDesk instances waiting to write what this one is busy with (e.g.
    // "import of ratings.csv") for as long as the returned notice lives. Never fails.
    virtual std::unique_ptr<WriteNotice> announceWrite(const QString &what) = 0;
};

} // namespace pd
