#include "actions/PanelDatabase.h"

#include "demo/DemoPanel.h"
#include "demo/DemoPassphrases.h"
#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "io/DurableFiles.h"
#include "io/PanelFileReader.h"
#include "io/TemporaryFiles.h"
#include "services/Backups.h"
#include "io/PanelFileWriter.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqliteStore.h"
#include "trust/MemberKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <map>
#include <set>
#include <cstdio>
#include <cstring>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PanelDatabase)
};

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void checkTarget(const QString &dbPath, const CreateOptions &options)
{
    const QFileInfo target(dbPath);
    if (target.exists() && !options.replace)
        throw InputError(Tr::tr("%1 already exists (use --replace to replace it)").arg(dbPath));
    if (target.exists() && !target.isFile())
        throw InputError(Tr::tr("%1 exists and is not a file").arg(dbPath));
    if (QFileInfo::exists(dbPath + QStringLiteral("-wal")))
        throw StoreError(Tr::tr("%1 is open in another program or was not closed cleanly "
                            "(%1-wal exists); close it or open it once in PanelDesk first")
                             .arg(dbPath));
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        throw StoreError(Tr::tr("the folder %1 does not exist").arg(dir.path()));
}

} // namespace

void createDatabase(const Panel &panel, const QString &dbPath, const CreateOptions &options,
                    const std::function<void(PanelStore &)> &prepare)
{
    checkTarget(dbPath, options);

    removeStaleTemporaries(dbPath);   // of a run that was interrupted (killed, disk full)
    const QString temporary = temporaryBeside(dbPath, QStringLiteral("creating"));
    try {
        {
            auto store = SqliteStore::create(temporary);
            store->replacePanel(panel, options.actor);
            if (prepare)
                prepare(*store);
        }   // closed: the WAL is checkpointed into the main file and removed
        if (QFileInfo::exists(temporary + QStringLiteral("-wal")))
            throw StoreError(Tr::tr("could not finish writing %1").arg(temporary));
        // The panel being replaced is kept in its backups folder first (docs/storage.md).
        if (QFileInfo::exists(dbPath))
            backUpPanel(dbPath, BackupKind::BeforeReplace);
        // rename(2) replaces the target atomically; synced, and so is the folder.
        renameDurably(temporary, dbPath);
    } catch (...) {
        removeDatabaseFiles(temporary);
        throw;
    }
}

void createDemoDatabase(const QString &dbPath, const CreateOptions &options)
{
    const Panel panel = buildDemoPanel();
    Panel setUp = panel;   // the verdicts are the chair's to record, signed, below
    for (Independence &entry : setUp.independence) {
        entry.verdict = Verdict::Pending;
        entry.rationale.clear();
    }
    createDatabase(setUp, dbPath, options, [&](PanelStore &store) {
        // The chair signs in first: their key is the chain's root (trust.md). The chair then
        // sets every other member's passphrase and issues their key, and each expert signs
        // their submitted sheets, so the demo verifies like a panel scored in PanelDesk.
        const Reviewer *chair = nullptr;
        for (const Reviewer &member : panel.reviewers)
            if (member.role == Role::Chair && !chair)
                chair = &member;
        if (!chair)
            throw StoreError(Tr::tr("the demo panel has no chair"));
        const QString chairPassphrase = demoPassphrase(Role::Chair);
        store.setPassphrase(chair->id, chairPassphrase, options.actor);
        const std::optional<MemberKey> chairKey = unlockMemberKey(store, chair->id, chairPassphrase);
        if (!chairKey)
            throw StoreError(Tr::tr("the demo chair's key cannot be opened"));
        std::map<QString, MemberKey> keys;
        for (const Reviewer &member : panel.reviewers) {
            if (&member == chair)
                continue;
            const QString passphrase = demoPassphrase(member.role);
            store.setPassphrase(member.id, passphrase, Actor(*chairKey));
            keys.emplace(member.id, issueMemberKey(store, member.id, passphrase, Actor(*chairKey)));
        }
        keys.emplace(chair->id, *chairKey);
        for (const Independence &entry : panel.independence)
            if (entry.verdict != Verdict::Pending)
                store.recordVerdict(entry.team, entry.verdict, entry.rationale, Actor(*chairKey));
        std::set<std::pair<QString, QString>> submitted;
        for (const ExpertScore &score : panel.expertScores)
            if (score.submitted)
                submitted.insert({score.reviewer, score.team});
        for (const auto &[reviewer, team] : submitted)
            store.signSheet(reviewer, team, Actor(keys.at(reviewer)));
    });
}

void createPanelWithChair(const Panel &panel, const QString &dbPath, Reviewer chair,
                          const QString &passphrase)
{
    chair.role = Role::Chair;
    requireAcceptablePassphrase(passphrase);   // before any file is written
    createDatabase(panel, dbPath, {false, chair.id}, [&](PanelStore &store) {
        store.addMemberWithPassphrase(chair, passphrase, chair.id);
        // The creator's key is the chain's root (trust.md): registered now, signed by itself.
        if (!unlockMemberKey(store, chair.id, passphrase))
            throw StoreError(QCoreApplication::translate("Storage", "the key of %1 cannot be opened").arg(chair.id));
    });
}

void importPanelFile(const QString &panelFile, const QString &dbPath, const CreateOptions &options)
{
    createDatabase(readPanelFile(panelFile), dbPath, options);
}

void importPanelFileWithChair(const QString &panelFile, const QString &dbPath, bool replace,
                              const Reviewer &chair, const QString &passphrase)
{
    requireAcceptablePassphrase(passphrase);   // before any file is written
    const Panel panel = readPanelFile(panelFile);
    const Reviewer *inFile = panel.reviewer(chair.id);
    if (inFile && inFile->role != Role::Chair)
        throw InputError(QCoreApplication::translate("Storage", "--chair: %1 is %2 in %3, not "
                                                                "the chair")
                             .arg(chair.id, toString(inFile->role), panelFile));
    createDatabase(panel, dbPath, {replace, chair.id}, [&](PanelStore &store) {
        if (inFile) {
            store.setPassphrase(chair.id, passphrase, chair.id);
        } else {
            Reviewer added = chair;
            added.role = Role::Chair;
            store.addMemberWithPassphrase(added, passphrase, chair.id);
        }
        // The chair's key is the chain's root (trust.md), signed by itself.
        if (!unlockMemberKey(store, chair.id, passphrase))
            throw StoreError(QCoreApplication::translate("Storage", "the key of %1 cannot be opened").arg(chair.id));
    });
}

Panel withoutDrafts(Panel panel)
{
    std::erase_if(panel.expertScores, [](const ExpertScore &s) { return !s.submitted; });
    return panel;
}

Panel loadPanelFrom(const QString &dbPath)
{
    return SqliteStore::open(dbPath)->loadPanel();
}

ScoredRound scoreDatabase(const QString &dbPath)
{
    ScoringInputs inputs = SqliteStore::open(dbPath)->loadScoringInputs();
    Standings standings = computeStandings(inputs.panel, inputs.ratingTallies);
    return {std::move(inputs.panel), std::move(standings)};
}

void exportPanelFile(const QString &dbPath, const QString &panelFile)
{
    writePanelFile(withoutDrafts(loadPanelFrom(dbPath)), panelFile);
}

} // namespace pd
