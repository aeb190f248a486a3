#pragma once
// A panel on a shared PostgreSQL server (docs/server.md): the PanelStore of one member's own
// connection, made with QPSQL as the login role <db>.<member id> and their server password.
// The server's grants and row-level security decide what the connection sees and may
// change; this store reads what it is shown and writes through the server's rules.
//
// What it does (docs/server.md, "For developers"):
//   reads       one REPEATABLE READ READ ONLY transaction per call (a whole panel is one
//               snapshot); the standings' scores kept between reads, only the sheets whose
//               version moved read again (PgScoreCache.h); the portable readers of storage/ are reused where their SQL is
//               plain (PanelReader's round, FindingsStore, BenchmarkImportWriter's mapping,
//               RatingTallyTable's tallies), the rest is in PgStoreReads.cpp
//   sheet writes one READ COMMITTED transaction each, retried on ServerRetry (40001, 40P01);
//               submit, reopen and lock through the server's functions (which audit
//               themselves); the other audit entries written with action/entity/old/new/
//               reason only (the trigger fills id, time, actor and hashes). PgSheetWrites.cpp
//   stale edits the row version sheets.version (a sequence the server bumps on every change
//               of a sheet or its scores)
//   findings    PgFindings.cpp: the same refusals and audit entries as a file, the server's
//               grants and policies on top (ServerFindingsRules.cpp)
//   lifecycle   PgLifecycle.cpp: reopen, decide, announce, appeals, final through the
//               chair's functions (ServerDecisionFunctions.cpp), which audit themselves
//   keys        the member's own sealed key and the chair's reset (PgMemberKeys.cpp)
//   signatures  each write transaction's audit entries signed by the member's key before
//               COMMIT; a submit's signed sheet payload, sign-sheet (PgSignatures.cpp)
//   sheets files the chair's import of a member's offline sheets file through the server's
//               pd_import_sheet (PgSheetImport.cpp, ServerSheetImport.cpp)
//   the rest    a backup (copyTo) is the administrator's; sign-in failures are not tracked
//               (PgStoreUnavailable.cpp)
//
// One connection per store, used from the thread that created it.

#include "storage/PanelLocation.h"
#include "storage/PanelStore.h"

#include <QSqlDatabase>

#include <functional>
#include <map>
#include <memory>
#include <utility>

namespace pd::server {

class VisibleScoreCache;

class PgStore final : public PanelStore {
public:
    // Connects to the server `location` names (a postgresql:// URL or a libpq key/value
    // string; its dbname is the panel database) as `login.member` with `login.passphrase`.
    // InputError: a location naming another user= than <db>.<member>, and a failed login
    // ("wrong member or password for <server>", the same for an unknown member and a wrong
    // password). StoreError: a server schema newer than this PanelDesk knows, a database that
    // holds no PanelDesk panel, and what ServerErrors.h maps to StoreError.
    static std::unique_ptr<PgStore> open(const QString &location, const ServerLogin &login);

    ~PgStore() override;

    // The member this store is connected as, and their role on the panel.
    const QString &member() const { return m_member; }
    Role role() const { return m_role; }

    // RoundInputs
    Panel loadPanel() const override;
    ScoringInputs loadScoringInputs() const override;
    QStringList ratingTallyProblems(int limit = 20, const QString &exceptRound = {}) const override;
    void readStreamedRound(const UseStreamedRound &use) const override;
    void replacePanel(const Panel &panel, const Actor &actor) override;
    // The configuration in place (PgReplacePanel.cpp, ServerChangeSetup.cpp; docs/server.md,
    // "Changing the configuration"): the round keeps its id on a server.
    bool holdsInputs() const override;
    void changeConfiguration(const Panel &setup, const QString &reason, const Actor &actor) override;

    // SheetStorage
    void setExpertScore(const ExpertScore &score, const Actor &actor) override;
    std::optional<ExpertScore> loadExpertScore(const QString &reviewer, const QString &team,
                                               const QString &item) const override;
    std::vector<SheetRecord> loadSheets() const override;
    std::vector<ExpertScore> loadSheetScores(const QString &reviewer, const QString &team) const override;
    void clearExpertScore(const QString &reviewer, const QString &team, const QString &item,
                          const Actor &actor) override;
    void setSheetOpinion(const QString &reviewer, const QString &team, const QString &opinion,
                         const Actor &actor) override;
    void submitSheet(const QString &reviewer, const QString &team, const Actor &actor) override;
    void signSheet(const QString &reviewer, const QString &team, const Actor &actor) override;
    // 0: drafts on a server are kept private by the server's policies, never sealed.
    int sealDrafts(const Actor &actor) override;
    void reopenSheet(const QString &reviewer, const QString &team, const QString &reason,
                     const Actor &actor) override;
    void watchSheet(const QString &reviewer, const QString &team) override;
    void unwatchSheet(const QString &reviewer, const QString &team) override;

    // FindingsStorage
    TeamFindings loadFindings(const QString &team) const override;
    qint64 addComponent(const QString &team, const ComponentFinding &finding,
                        const Actor &actor) override;
    void updateComponent(qint64 id, const ComponentFinding &finding, const Actor &actor) override;
    void removeComponent(qint64 id, const Actor &actor) override;
    void setComponentNote(qint64 id, const QString &note, const Actor &actor) override;
    void recordVerdict(const QString &team, Verdict verdict, const QString &rationale,
                       const Actor &actor) override;
    // Attached provenance reports (PgAttachedReports.cpp; rules in ServerAttachedReports.cpp).
    qint64 attachReport(qint64 componentId, const QByteArray &report, const Actor &actor) override;
    std::vector<AttachedReport> loadAttachedReports(const QString &team) const override;

    // MemberStorage
    std::vector<Member> members() const override;
    void addMember(const Reviewer &member, const Actor &actor) override;
    void addMemberWithPassphrase(const Reviewer &member, const QString &passphrase,
                                 const Actor &actor) override;
    void setPassphrase(const QString &memberId, const QString &passphrase,
                       const Actor &actor) override;
    // True only for this connection's member and the password it connected with (compared in
    // constant time; never a new login).
    bool checkPassphrase(const QString &memberId, const QString &passphrase) const override;
    // Nothing is tracked on a server (it refuses wrong passwords itself): zero failures.
    SignInFailures loadSignInFailures(const QString &memberId) const override;
    void recordSignInFailure(const QString &memberId, qint64 atMs) override;
    void clearSignInFailures(const QString &memberId) override;
    void setConflicts(const QString &memberId, const QStringList &teams,
                      const Actor &actor) override;
    // Keys on the server (PgMemberKeys.cpp; docs/server.md, "Keys and signatures on a
    // server"): this member's own sealed key; another member's public key only (no sealed key).
    bool keepsMemberKeys() const override { return true; }
    std::optional<StoredKey> loadMemberKey(const QString &memberId) const override;
    void storeMemberKey(const QString &memberId, const StoredKey &key, bool established,
                        const Actor &actor) override;
    void clearMemberKey(const QString &memberId, const Actor &actor) override;

    // ImportStorage
    RatingWriteOutcome importRatings(RatingSource &source, bool replace, const Actor &actor) override;
    BenchmarkMapping loadBenchmarkMapping() const override;
    void saveBenchmarkMapping(const BenchmarkMapping &mapping, const Actor &actor) override;
    void applyBenchmarkChanges(const std::vector<BenchmarkChange> &changes,
                               const std::optional<BenchmarkMapping> &mapping,
                               const Actor &actor, const QString &reason) override;
    SheetImportOutcome importSheets(const SheetsFile &file, const QString &sourceName,
                                    const Actor &actor, const QString &reason,
                                    ImportIssues &issues) override;

    // LifecycleStorage
    RoundStatus loadRoundStatus() const override;
    RoundState loadRoundState() const override;
    void lockRound(const Actor &actor) override;
    void reopenRound(const QString &reason, const QDate &today, const Actor &actor) override;
    int decideRound(const QDate &today, const std::vector<TieResolution> &tieResolutions,
                    const ComposeDecision &compose, const Actor &actor) override;
    void announceDecision(const QDate &date, const QDate &today, const Actor &actor) override;
    qint64 fileAppeal(const QString &team, const QDate &filedOn, const QString &grounds,
                      const QStringList &committee, const QDate &today,
                      const Actor &actor) override;
    void ruleAppeal(qint64 id, Ruling ruling, const QString &reason, const QDate &today,
                    const Actor &actor) override;
    void finalizeDecision(const QDate &today, const Actor &actor) override;

    // StoreSession
    // The key that signs this member's entries, before each write transaction commits.
    void setSigner(std::shared_ptr<const Signer> signer) override;
    std::vector<AuditEntry> auditLog() const override;
    QString location() const override;   // without a password
    // StoreError: a server's panel is backed up by its administrator.
    ChainHead copyTo(const QString &out) const override;
    // No-ops: the server serialises writers itself.
    void setWriteWait(WriteWaitPolicy policy) override;
    std::unique_ptr<WriteNotice> announceWrite(const QString &what) override;
    // LISTEN on the panel's changes channel (server/ServerNotify.h), from the first call on:
    // what other connections change (not this store's own writes, which its caller knows
    // of). nullptr when the server refuses the LISTEN. PgStoreChanges.cpp
    PanelChanges *liveChanges() override;

    // The name of this store's QSqlDatabase connection (tests, diagnostics).
    QString connectionName() const { return m_connectionName; }

private:
    PgStore(QString connectionName, QString location, QString member, QString password);

    QSqlDatabase &db() const { return m_db; }
    // `read` inside BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY ... COMMIT.
    void readSnapshot(const std::function<void()> &read) const;
    // readStreamedRound's reading, inside the caller's transaction (decide reads the round
    // in its own, PgLifecycle.cpp).
    void streamRoundInTransaction(const UseStreamedRound &use) const;
    // `write` inside BEGIN ... COMMIT, run again (a few times) on ServerRetry; the
    // transaction's audit entries signed before COMMIT by `signer`, or else by the store's
    // (setSigner).
    void writeTransaction(const std::function<void()> &write, const Signer *signer = nullptr);
    // In a write transaction, before COMMIT: this member's entries of the transaction signed
    // with `signer` (nothing when it is not this member's key). PgSignatures.cpp
    void signOwnEntries(const Signer *signer);
    // In a write transaction: a "sign-sheet" entry carrying the sheet's canonical payload
    // (trust/SheetPayload.h) as stored now, which its reviewer's signature covers.
    void appendSheetSignature(const QString &round, const QString &reviewer, const QString &team);
    // The current round's id; InputError when the panel holds none.
    QString requireRound() const;
    // Refusals the SQLite store gives before the server would (unknown ids, a conflict,
    // a score out of range or off-step, another member's sheet).
    void requireOwnSheet(const QString &reviewer, const QString &team, const Actor &actor,
                         const QString &what) const;
    // In a write transaction: the sheet's version (0: no sheet), locked when the sheet is
    // this member's draft; StaleEdit when it is watched and moved on.
    void requireCurrentCopy(const QString &reviewer, const QString &team) const;
    qint64 sheetVersion(const QString &reviewer, const QString &team, bool lock) const;
    // The member's own draft score saved by the server's pd_save_score in one statement;
    // false (nothing changed) when it is not theirs or the server raised: then the caller
    // saves statement by statement. PgSheetWrites.cpp
    bool saveOwnScore(const ExpertScore &score);
    void advance(const QString &reviewer, const QString &team, qint64 version);
    // After a write, in its transaction: the sheet's version now.
    qint64 stamp(const QString &reviewer, const QString &team) const;
    // One audit entry (the trigger fills id, time, actor and the chain).
    void appendServerAudit(const QString &action, const QString &entity,
                           const QString &oldValue = {}, const QString &newValue = {},
                           const QString &reason = {}) const;
    // Replaces the round's lm-eval mapping in the open transaction (PgBenchmarkImports.cpp).
    void writeMapping(const BenchmarkMapping &mapping);
    // A member row with its login role (PgMembers.cpp); `verifier`: its SCRAM verifier, or
    // empty for a login without a password.
    void insertMember(const Reviewer &member, const QString &verifier, const Actor &actor);
    // InputError when `actor` is not this connection's member: the server writes in the
    // name of whoever logged in.
    void requireActor(const Actor &actor) const;

    QString m_connectionName;
    QString m_location;   // shown: without a password
    QString m_member;
    QString m_password;
    Role m_role = Role::Observer;
    mutable QSqlDatabase m_db;
    std::shared_ptr<const Signer> m_signer;
    std::map<std::pair<QString, QString>, qint64> m_watchedSheets;   // (reviewer, team) -> version
    std::unique_ptr<PanelChanges> m_changes;   // once liveChanges() listens
    // The visible scores of the last read, read again only where a sheet moved (PgScoreCache.h).
    mutable std::unique_ptr<VisibleScoreCache> m_scoreCache;
};

} // namespace pd::server
