#pragma once
// A panel in one SQLite file (the desktop store).
//
// Durability and concurrency: WAL journal with synchronous=FULL, every write in one
// BEGIN IMMEDIATE transaction (WriteTransaction) with a 5 s busy timeout, so several
// PanelDesk instances can share a file. A file is checked read-only before PanelDesk writes
// to it (DatabaseCheck.h) and upgraded to the current schema (Schema.h) in one transaction.
//
// A store owns one connection and must be used from the thread that created it.
// For now the file holds one round; replacePanel replaces all of it.

#include "trust/Actor.h"
#include "storage/PanelStore.h"

#include <map>
#include <memory>
#include <utility>

namespace pd {

class SqliteConnection;

class SqliteStore final : public PanelStore {
public:
    // A new database at `path` with the current schema. StoreError when `path` (or a
    // leftover `path`-wal) already exists or the file cannot be created; nothing is left
    // behind on failure.
    static std::unique_ptr<SqliteStore> create(const QString &path);

    // An existing PanelDesk database, checked before anything is written (checkDatabaseFile)
    // and upgraded when older. StoreError naming the file and the problem otherwise.
    static std::unique_ptr<SqliteStore> open(const QString &path);

    ~SqliteStore() override;

    void setSigner(std::shared_ptr<const Signer> signer) override;
    void setWriteWait(WriteWaitPolicy policy) override;
    void watchSheet(const QString &reviewer, const QString &team) override;
    void unwatchSheet(const QString &reviewer, const QString &team) override;
    // A WriterActivity notice beside the file (WriterActivity.h).
    std::unique_ptr<WriteNotice> announceWrite(const QString &what) override;

    Panel loadPanel() const override;
    ScoringInputs loadScoringInputs() const override;
    void readStreamedRound(const UseStreamedRound &use) const override;
    QStringList ratingTallyProblems(int limit = 20, const QString &exceptRound = {}) const override;
    void replacePanel(const Panel &panel, const Actor &actor) override;
    // The configuration in place: storage/ConfigurationWriter.h (docs/setup-changes.md).
    bool holdsInputs() const override;
    void changeConfiguration(const Panel &setup, const QString &reason, const Actor &actor) override;
    // Writes one draft score: creates the (reviewer, team) sheet as a draft when absent.
    // Besides the refusals of PanelStore: InputError for score.submitted == true
    // (submitting a sheet is a separate step) and when the store holds no round.
    // Writing the value already stored changes nothing and is not audited.
    void setExpertScore(const ExpertScore &score, const Actor &actor) override;
    // Sheets: the SQL is in SheetReader.h / SheetWriter.h.
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
    int sealDrafts(const Actor &actor) override;
    void reopenSheet(const QString &reviewer, const QString &team, const QString &reason,
                     const Actor &actor) override;
    // Findings: the SQL is in FindingsStore.h.
    TeamFindings loadFindings(const QString &team) const override;
    qint64 addComponent(const QString &team, const ComponentFinding &finding,
                        const Actor &actor) override;
    void updateComponent(qint64 id, const ComponentFinding &finding, const Actor &actor) override;
    void removeComponent(qint64 id, const Actor &actor) override;
    void setComponentNote(qint64 id, const QString &note, const Actor &actor) override;
    void recordVerdict(const QString &team, Verdict verdict, const QString &rationale,
                       const Actor &actor) override;
    // Attached provenance reports: the SQL is in AttachedReportsStore.h.
    qint64 attachReport(qint64 componentId, const QByteArray &report, const Actor &actor) override;
    std::vector<AttachedReport> loadAttachedReports(const QString &team) const override;
    // Members: the SQL is in MemberStore.h.
    std::vector<Member> members() const override;
    void addMember(const Reviewer &member, const Actor &actor) override;
    void addMemberWithPassphrase(const Reviewer &member, const QString &passphrase,
                                 const Actor &actor) override;
    void setPassphrase(const QString &memberId, const QString &passphrase,
                       const Actor &actor) override;
    bool checkPassphrase(const QString &memberId, const QString &passphrase) const override;
    void setConflicts(const QString &memberId, const QStringList &teams,
                      const Actor &actor) override;
    bool keepsMemberKeys() const override { return true; }
    std::optional<StoredKey> loadMemberKey(const QString &memberId) const override;
    void storeMemberKey(const QString &memberId, const StoredKey &key, bool established,
                        const Actor &actor) override;
    void clearMemberKey(const QString &memberId, const Actor &actor) override;
    SignInFailures loadSignInFailures(const QString &memberId) const override;
    void recordSignInFailure(const QString &memberId, qint64 atMs) override;
    void clearSignInFailures(const QString &memberId) override;
    std::vector<AuditEntry> auditLog() const override;
    // Imports: the SQL is in RatingImportWriter.h and BenchmarkImportWriter.h.
    RatingWriteOutcome importRatings(RatingSource &source, bool replace,
                                     const Actor &actor) override;
    BenchmarkMapping loadBenchmarkMapping() const override;
    void saveBenchmarkMapping(const BenchmarkMapping &mapping, const Actor &actor) override;
    void applyBenchmarkChanges(const std::vector<BenchmarkChange> &changes,
                               const std::optional<BenchmarkMapping> &mapping,
                               const Actor &actor, const QString &reason) override;
    SheetImportOutcome importSheets(const SheetsFile &file, const QString &sourceName,
                                    const Actor &actor, const QString &reason,
                                    ImportIssues &issues) override;
    // Decisions: the SQL is in DecisionStore.h. replacePanel is refused (InputError) once
    // the round has left `open` or holds a decision.
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
    QString location() const override;   // the path given to create() or open()
    ChainHead copyTo(const QString &out) const override;

    // The name of this store's QSqlDatabase connection, so that tests and diagnostics can
    // inspect it (pragmas in effect) from the same thread. The store keeps ownership.
    QString connectionName() const;

private:
    // `actor` with the session's signer when the actor is the signed-in member and brings no
    // signer of its own.
    Actor withSigner(const Actor &actor) const;
    // In a write transaction: StaleEdit when a watched sheet moved on (watchSheet).
    void requireCurrentCopy(const QString &reviewer, const QString &team, const Actor &actor) const;
    // After the sheet's write (audit entries beyond `auditBefore`): its new version, and this
    // store's copy moves on with it. Call before commit; `advance` after it.
    qint64 stamp(const QString &reviewer, const QString &team, qint64 auditBefore) const;
    void advance(const QString &reviewer, const QString &team, qint64 version);
    std::shared_ptr<const Signer> m_signer;
    std::map<std::pair<QString, QString>, qint64> m_watchedSheets;   // (reviewer, team) -> version
    explicit SqliteStore(std::unique_ptr<SqliteConnection> connection);
    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace pd
