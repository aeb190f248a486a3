#include "storage/DraftStore.h"
#include "storage/SqliteStore.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "domain/PanelValidator.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/BenchmarkImportWriter.h"
#include "storage/ConfigurationWriter.h"
#include "domain/PanelConfiguration.h"
#include "storage/DatabaseCheck.h"
#include "storage/RatingTallyTable.h"
#include "storage/DecisionStore.h"
#include "storage/RatingStream.h"
#include "storage/ExpertScoreWriter.h"
#include "storage/AttachedReportsStore.h"
#include "storage/FindingsStore.h"
#include "storage/MemberStore.h"
#include "storage/PanelReader.h"
#include "storage/PanelWriter.h"
#include "storage/RatingImportWriter.h"
#include "storage/Schema.h"
#include "storage/SheetImportWriter.h"
#include "storage/SheetReader.h"
#include "storage/SheetVersions.h"
#include "storage/SheetWriter.h"
#include "storage/SignInFailureStore.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteTransaction.h"
#include "storage/SqliteWriteWait.h"
#include "storage/WriterActivity.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {
namespace {

QString versionJson(int version)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("schema"), version}})
            .toJson(QJsonDocument::Compact));
}

void requireActor(const Actor &actor)
{
    if (actor.id.trimmed().isEmpty())
        throw InputError(QCoreApplication::translate("Storage", "every change needs an actor (who makes it)"));
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

SqliteStore::SqliteStore(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{
}

SqliteStore::~SqliteStore() = default;

void SqliteStore::setSigner(std::shared_ptr<const Signer> signer)
{
    m_signer = std::move(signer);
}

void SqliteStore::setWriteWait(WriteWaitPolicy policy)
{
    setWriteWaitPolicy(m_connection->db(), std::move(policy));
}

void SqliteStore::watchSheet(const QString &reviewer, const QString &team)
{
    m_watchedSheets[{reviewer, team}] =
        readSheetVersion(m_connection->db(), reviewer, team).version;
}

void SqliteStore::unwatchSheet(const QString &reviewer, const QString &team)
{
    m_watchedSheets.erase({reviewer, team});
}

void SqliteStore::requireCurrentCopy(const QString &reviewer, const QString &team,
                                     const Actor &actor) const
{
    const auto watched = m_watchedSheets.find({reviewer, team});
    if (watched != m_watchedSheets.end())
        requireSheetVersion(m_connection->db(), reviewer, team, watched->second, actor.id);
}

qint64 SqliteStore::stamp(const QString &reviewer, const QString &team, qint64 auditBefore) const
{
    return stampSheet(m_connection->db(), reviewer, team, auditBefore);
}

void SqliteStore::advance(const QString &reviewer, const QString &team, qint64 version)
{
    const auto watched = m_watchedSheets.find({reviewer, team});
    if (watched != m_watchedSheets.end())
        watched->second = version;
}

std::unique_ptr<WriteNotice> SqliteStore::announceWrite(const QString &what)
{
    return std::make_unique<WriterActivity>(m_connection->path(), what);
}

Actor SqliteStore::withSigner(const Actor &actor) const
{
    if (actor.signer || !m_signer || m_signer->memberId() != actor.id)
        return actor;
    return Actor(actor.id, m_signer.get());
}

std::unique_ptr<SqliteStore> SqliteStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        throw StoreError(QCoreApplication::translate("Storage", "%1 already exists; PanelDesk "
                                                                "does not overwrite a file when "
                                                                "creating a database")
                             .arg(path));
    for (const char *suffix : {"-wal", "-journal"}) {
        // SQLite would replay a leftover journal into the new file.
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            throw StoreError(QCoreApplication::translate("Storage", "%1%2 is left over from "
                                                                    "another database; move it "
                                                                    "away first")
                                 .arg(path, QLatin1String(suffix)));
    }
    {
        // O_EXCL: loses cleanly against a concurrent creator. Created 0600 and set to 0600
        // again whatever the umask, before SQLite writes a byte; SQLite gives the -wal and
        // -shm files the database file's mode (trust.md, "Files").
        QFile file(path);
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            throw StoreError(QCoreApplication::translate("Storage", "%1 cannot be created: %2")
                                 .arg(path, file.errorString()));
        if (!file.setPermissions(ownerOnly)) {
            file.remove();
            throw StoreError(QCoreApplication::translate("Storage", "%1 cannot be created: %2")
                                 .arg(path, file.errorString()));
        }
    }
    try {
        auto connection = std::make_unique<SqliteConnection>(
            path, SqliteConnection::Mode::ReadWrite);
        {
            WriteTransaction transaction(connection->db());
            schema::upgrade(connection->db(), 0, schema::kCurrentVersion);
            appendAudit(connection->db(), QStringLiteral("system"), QStringLiteral("create-database"),
                        QStringLiteral("database"), {}, versionJson(schema::kCurrentVersion));
            transaction.commit();
        }
        return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(connection)));
    } catch (...) {
        removeDatabaseFiles(path);   // the connection is closed by now
        throw;
    }
}

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path)
{
    checkDatabaseFile(path);   // read-only: a refused file is never touched
    auto connection =
        std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadWrite);
    QSqlDatabase &db = connection->db();
    if (schema::userVersion(db) < schema::kCurrentVersion) {
        WriteTransaction transaction(db);
        const int from = schema::userVersion(db);   // again, now that we hold the lock
        if (from < schema::kCurrentVersion) {
            schema::upgrade(db, from, schema::kCurrentVersion);
            appendAudit(db, QStringLiteral("system"), QStringLiteral("upgrade-schema"),
                        QStringLiteral("database"), versionJson(from),
                        versionJson(schema::kCurrentVersion));
        }
        transaction.commit();
    }
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(connection)));
}

Panel SqliteStore::loadPanel() const
{
    return readPanel(m_connection->db(), m_signer.get());
}

ScoringInputs SqliteStore::loadScoringInputs() const
{
    return readScoringInputs(m_connection->db());
}

void SqliteStore::readStreamedRound(const UseStreamedRound &use) const
{
    ReadTransaction snapshot(m_connection->db());   // the round and its ratings of one state
    const Panel round = readPanelWithoutRatingsInTransaction(m_connection->db());
    use(round, StoredRatingRows(m_connection->db(), round.round.id));
}

QStringList SqliteStore::ratingTallyProblems(int limit, const QString &exceptRound) const
{
    ReadTransaction snapshot(m_connection->db());
    return ratingTallyMismatches(m_connection->db(), limit, exceptRound);
}

void SqliteStore::replacePanel(const Panel &panel, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    // Every rule first, with the validator's JSON paths; the constraints of the schema are
    // the backstop (they also name the refused row, see RowInserter).
    validatePanel(panel);
    QSqlDatabase &db = m_connection->db();
    WriteTransaction transaction(db);
    requireReplaceable(db);
    const QString before = summarizeStoredPanel(db);
    writePanel(db, panel);
    sealPlainDrafts(db, std::nullopt);   // drafts of members with keys: sealed to them at once
    appendAudit(db, actor, QStringLiteral("replace-panel"),
                QStringLiteral("rounds/") + panel.round.id, before, summarizeStoredPanel(db));
    transaction.commit();
}

bool SqliteStore::holdsInputs() const
{
    return storedRoundHoldsInputs(m_connection->db());
}

void SqliteStore::changeConfiguration(const Panel &setup, const QString &reason, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    QSqlDatabase &db = m_connection->db();
    WriteTransaction transaction(db);
    requireReplaceable(db);   // open or scoring, no decision records
    const Panel stored = readPanelInTransaction(db, m_signer.get());
    if (stored.round.id.isEmpty())
        throw InputError(QCoreApplication::translate("Storage", "the panel holds no round to change"));
    // The inputs a change would orphan first (named plainly), then every rule of the round
    // with its new configuration, with the validator's JSON paths.
    const bool holdsInputs = storedRoundHoldsInputs(db);
    if (holdsInputs && reason.trimmed().isEmpty())   // again, on this state of the file
        throw InputError(QCoreApplication::translate("Storage", "round %1 holds inputs: changing its "
                                                                "configuration needs a reason")
                             .arg(stored.round.id));
    requireNothingOrphaned(db, stored, setup);
    const Panel changed = withConfigurationOf(stored, setup);
    validatePanel(changed);
    if (holdsInputs)
        rewriteConfiguration(db, stored, setup);
    else
        writePanel(db, changed);   // nothing to keep but members and tie resolutions: the round's id may change
    appendAudit(db, actor, QStringLiteral("change-setup"), QStringLiteral("rounds/") + setup.round.id,
                summarizeConfiguration(stored), summarizeConfiguration(changed), reason);
    transaction.commit();
}

void SqliteStore::setExpertScore(const ExpertScore &score, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    QSqlDatabase &db = m_connection->db();
    WriteTransaction transaction(db);
    requireRoundOpen(db);
    requireCurrentCopy(score.reviewer, score.team, actor);
    const qint64 before = lastAuditId(db);
    writeExpertScore(db, score, actor);
    const qint64 version = stamp(score.reviewer, score.team, before);
    transaction.commit();
    advance(score.reviewer, score.team, version);
}

std::optional<ExpertScore> SqliteStore::loadExpertScore(const QString &reviewer,
                                                        const QString &team,
                                                        const QString &item) const
{
    return readExpertScore(m_connection->db(), reviewer, team, item, m_signer.get());
}

std::vector<ExpertScore> SqliteStore::loadSheetScores(const QString &reviewer, const QString &team) const
{
    return readSheetScores(m_connection->db(), reviewer, team, m_signer.get());
}

std::vector<SheetRecord> SqliteStore::loadSheets() const
{
    return readSheets(m_connection->db(), m_signer.get());
}

void SqliteStore::clearExpertScore(const QString &reviewer, const QString &team,
                                   const QString &item, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    requireCurrentCopy(reviewer, team, actor);
    const qint64 before = lastAuditId(m_connection->db());
    pd::clearExpertScore(m_connection->db(), reviewer, team, item, actor);
    const qint64 version = stamp(reviewer, team, before);
    transaction.commit();
    advance(reviewer, team, version);
}

void SqliteStore::setSheetOpinion(const QString &reviewer, const QString &team,
                                  const QString &opinion, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    requireCurrentCopy(reviewer, team, actor);
    const qint64 before = lastAuditId(m_connection->db());
    writeSheetOpinion(m_connection->db(), reviewer, team, opinion, actor);
    const qint64 version = stamp(reviewer, team, before);
    transaction.commit();
    advance(reviewer, team, version);
}

void SqliteStore::submitSheet(const QString &reviewer, const QString &team, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    requireCurrentCopy(reviewer, team, actor);
    const qint64 before = lastAuditId(m_connection->db());
    pd::submitSheet(m_connection->db(), reviewer, team, actor);
    const qint64 version = stamp(reviewer, team, before);
    transaction.commit();
    advance(reviewer, team, version);
}

void SqliteStore::signSheet(const QString &reviewer, const QString &team, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    signSubmittedSheet(m_connection->db(), reviewer, team, actor);
    transaction.commit();
}

int SqliteStore::sealDrafts(const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    if (!actor.signer)
        throw InputError(QCoreApplication::translate("Storage", "%1 has no key to seal their drafts to")
                             .arg(actor.id));
    QSqlDatabase &db = m_connection->db();
    if (!hasPlainDrafts(db, actor.id))
        return 0;   // the usual case: no write, so signing in to a read-only file works
    WriteTransaction transaction(db);
    const int sealed = sealPlainDrafts(db, actor.id);
    if (sealed > 0)
        appendAudit(db, actor, QStringLiteral("seal-drafts"), QStringLiteral("members/") + actor.id,
                    {}, {});
    transaction.commit();
    return sealed;
}

void SqliteStore::reopenSheet(const QString &reviewer, const QString &team,
                              const QString &reason, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    requireCurrentCopy(reviewer, team, actor);
    const qint64 before = lastAuditId(m_connection->db());
    pd::reopenSheet(m_connection->db(), reviewer, team, reason, actor);
    const qint64 version = stamp(reviewer, team, before);
    transaction.commit();
    advance(reviewer, team, version);
}

TeamFindings SqliteStore::loadFindings(const QString &team) const
{
    ReadTransaction snapshot(m_connection->db());
    return readFindings(m_connection->db(), team);
}

qint64 SqliteStore::addComponent(const QString &team, const ComponentFinding &finding,
                                 const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    const qint64 id = pd::addComponent(m_connection->db(), team, finding, actor);
    transaction.commit();
    return id;
}

void SqliteStore::updateComponent(qint64 id, const ComponentFinding &finding,
                                  const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    pd::updateComponent(m_connection->db(), id, finding, actor);
    transaction.commit();
}

void SqliteStore::removeComponent(qint64 id, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    pd::removeComponent(m_connection->db(), id, actor);
    transaction.commit();
}

void SqliteStore::setComponentNote(qint64 id, const QString &note, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    writeComponentNote(m_connection->db(), id, note, actor);
    transaction.commit();
}

void SqliteStore::recordVerdict(const QString &team, Verdict verdict, const QString &rationale,
                                const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    pd::recordVerdict(m_connection->db(), team, verdict, rationale, actor);
    transaction.commit();
}

qint64 SqliteStore::attachReport(qint64 componentId, const QByteArray &report, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    const qint64 id = pd::attachReport(m_connection->db(), componentId, report, actor);
    transaction.commit();
    return id;
}

std::vector<AttachedReport> SqliteStore::loadAttachedReports(const QString &team) const
{
    ReadTransaction snapshot(m_connection->db());
    const std::optional<QString> round = currentRoundId(m_connection->db());
    if (!round)
        return {};
    return readAttachedReports(m_connection->db(), *round, team);
}

std::vector<Member> SqliteStore::members() const
{
    return readMembers(m_connection->db());
}

void SqliteStore::addMember(const Reviewer &member, const Actor &given)
{
    const Actor actor = withSigner(given);
    insertMember(m_connection->db(), member, std::nullopt, actor);
}

void SqliteStore::addMemberWithPassphrase(const Reviewer &member, const QString &passphrase,
                                          const Actor &given)
{
    const Actor actor = withSigner(given);
    insertMember(m_connection->db(), member, passphrase, actor);
}

void SqliteStore::setPassphrase(const QString &memberId, const QString &passphrase,
                                const Actor &given)
{
    const Actor actor = withSigner(given);
    writePassphrase(m_connection->db(), memberId, passphrase, actor);
}

bool SqliteStore::checkPassphrase(const QString &memberId, const QString &passphrase) const
{
    return checkStoredPassphrase(m_connection->db(), memberId, passphrase);
}

void SqliteStore::setConflicts(const QString &memberId, const QStringList &teams,
                               const Actor &given)
{
    const Actor actor = withSigner(given);
    writeConflicts(m_connection->db(), memberId, teams, actor);
}

std::optional<StoredKey> SqliteStore::loadMemberKey(const QString &memberId) const
{
    return readMemberKey(m_connection->db(), memberId);
}

void SqliteStore::storeMemberKey(const QString &memberId, const StoredKey &key, bool established,
                                 const Actor &given)
{
    const Actor actor = withSigner(given);
    writeMemberKey(m_connection->db(), memberId, key, established, actor);
}

void SqliteStore::clearMemberKey(const QString &memberId, const Actor &given)
{
    const Actor actor = withSigner(given);
    pd::clearMemberKey(m_connection->db(), memberId, actor);
}

SignInFailures SqliteStore::loadSignInFailures(const QString &memberId) const
{
    return readSignInFailures(m_connection->db(), memberId);
}

void SqliteStore::recordSignInFailure(const QString &memberId, qint64 atMs)
{
    writeSignInFailure(m_connection->db(), memberId, atMs);
}

void SqliteStore::clearSignInFailures(const QString &memberId)
{
    deleteSignInFailures(m_connection->db(), memberId);
}

std::vector<AuditEntry> SqliteStore::auditLog() const
{
    return readAuditLog(m_connection->db());
}

RatingWriteOutcome SqliteStore::importRatings(RatingSource &source, bool replace,
                                              const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    return writeRatings(m_connection->db(), source, replace, actor);
}

BenchmarkMapping SqliteStore::loadBenchmarkMapping() const
{
    return readBenchmarkMapping(m_connection->db());
}

void SqliteStore::saveBenchmarkMapping(const BenchmarkMapping &mapping, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    writeBenchmarkMapping(m_connection->db(), mapping, actor);
    transaction.commit();
}

void SqliteStore::applyBenchmarkChanges(const std::vector<BenchmarkChange> &changes,
                                        const std::optional<BenchmarkMapping> &mapping,
                                        const Actor &given, const QString &reason)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());   // a clear message before the lock triggers
    if (mapping)
        writeBenchmarkMapping(m_connection->db(), *mapping, actor);
    pd::applyBenchmarkChanges(m_connection->db(), changes, actor, reason);
    transaction.commit();
}

SheetImportOutcome SqliteStore::importSheets(const SheetsFile &file, const QString &sourceName,
                                             const Actor &given, const QString &reason,
                                             ImportIssues &issues)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    requireRoundOpen(m_connection->db());
    const qint64 before = lastAuditId(m_connection->db());
    const SheetImportOutcome outcome =
        writeImportedSheets(m_connection->db(), file, sourceName, actor, reason, issues);
    stampSheetsOf(m_connection->db(), file.member, before);   // windows holding them see it
    if (issues.isEmpty())
        transaction.commit();
    return outcome;
}

RoundStatus SqliteStore::loadRoundStatus() const
{
    ReadTransaction snapshot(m_connection->db());
    return readRoundStatus(m_connection->db());
}

RoundState SqliteStore::loadRoundState() const
{
    ReadTransaction snapshot(m_connection->db());
    return readRoundState(m_connection->db());
}

void SqliteStore::lockRound(const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    pd::lockRound(m_connection->db(), actor);
    transaction.commit();
}

void SqliteStore::reopenRound(const QString &reason, const QDate &today, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    pd::reopenRound(m_connection->db(), reason, today, actor);
    transaction.commit();
}

int SqliteStore::decideRound(const QDate &today, const std::vector<TieResolution> &tieResolutions,
                             const ComposeDecision &compose, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    const int version =
        pd::decideRound(m_connection->db(), {today, tieResolutions, compose}, actor);
    transaction.commit();
    return version;
}

void SqliteStore::announceDecision(const QDate &date, const QDate &today, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    pd::announceDecision(m_connection->db(), date, today, actor);
    transaction.commit();
}

qint64 SqliteStore::fileAppeal(const QString &team, const QDate &filedOn, const QString &grounds,
                               const QStringList &committee, const QDate &today,
                               const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    const qint64 id = pd::fileAppeal(m_connection->db(), {team, filedOn, grounds, committee},
                                     today, actor);
    transaction.commit();
    return id;
}

void SqliteStore::ruleAppeal(qint64 id, Ruling ruling, const QString &reason, const QDate &today,
                             const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    pd::ruleAppeal(m_connection->db(), id, ruling, reason, today, actor);
    transaction.commit();
}

void SqliteStore::finalizeDecision(const QDate &today, const Actor &given)
{
    const Actor actor = withSigner(given);
    requireActor(actor);
    WriteTransaction transaction(m_connection->db());
    pd::finalizeDecision(m_connection->db(), today, actor);
    transaction.commit();
}

QString SqliteStore::connectionName() const
{
    return m_connection->db().connectionName();
}

QString SqliteStore::location() const
{
    return m_connection->path();
}

ChainHead SqliteStore::copyTo(const QString &out) const
{
    return backupDatabase(m_connection->db(), out);
}

} // namespace pd
