#include "actions/PanelDatabase.h"

#include "demo/DemoPanel.h"
#include "demo/DemoPassphrases.h"
#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "io/PanelFileReader.h"
#include "services/Backups.h"
#include "io/PanelFileWriter.h"
#include "scoring/ScoringEngine.h"
#include "services/FindingsService.h"
#include "storage/PanelLocation.h"
#include "trust/MemberKeys.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PanelDatabase)
};

} // namespace

void createDatabase(const Panel &panel, const QString &dbPath, const CreateOptions &options,
                    const std::function<void(PanelStore &)> &prepare)
{
    const PanelLocation location = PanelLocation::parse(dbPath);
    location.create(
        options.replace,
        [&](PanelStore &store) {
            store.replacePanel(panel, options.actor);
            if (prepare)
                prepare(store);
        },
        // The panel being replaced is kept in its backups folder first (docs/storage.md).
        [&] { backUpPanel(dbPath, BackupKind::BeforeReplace); });
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
                FindingsService(store).recordVerdict(entry.team, entry.verdict, entry.rationale,
                                                     Actor(*chairKey));
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
    return openPanelStore(dbPath)->loadPanel();
}

ScoredRound scoreDatabase(const QString &dbPath)
{
    ScoringInputs inputs = openPanelStore(dbPath)->loadScoringInputs();
    Standings standings = computeStandings(inputs.panel, inputs.ratingTallies);
    return {std::move(inputs.panel), std::move(standings)};
}

void exportPanelFile(const QString &dbPath, const QString &panelFile)
{
    writePanelFile(withoutDrafts(loadPanelFrom(dbPath)), panelFile);
}

} // namespace pd
