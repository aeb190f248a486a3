#pragma once
// Who may run which command (paneldesk-cli; the window's menus and tabs ask the same
// questions). One function per question. `actor` is the signed-in member, nullptr for
// nobody; roles are read from the member, conflicts are the callers' (the store refuses a
// conflicted sheet). Each answer says, when it refuses, who would be allowed, so that every
// refusal can name the role needed (docs/trust.md, "Who may run what").
//
// The rules:
//  - members: the chair and the secretariat add members (MemberPermissions.h); only the
//    chair adds a chair. A passphrase is set by the member or by the chair or secretariat
//    (canSetPassphraseOf), except a chair's: only a chair sets it (otherwise the secretariat
//    could reset the chair's passphrase and sign in as the chair).
//  - imports: user ratings and benchmark results by the secretariat or the chair; offline
//    sheets files by the chair.
//  - exports of non-public data: the panel file by the chair or the secretariat (drafts are
//    never exported); a member's sheets file by that member only (it carries their drafts,
//    which nobody else may read, the chair included).
//  - analyses of per-expert data (agreement, sensitivity): the chair, as the window's tabs.
//  - lifecycle steps (lock, reopen, decide, announce, appeals, finalize, next round): the
//    chair.
//  - reports: full and team disclosure by the chair; the public disclosure of an announced
//    version by anyone, of a draft or with a choice of published teams by the chair.
//  - sheets: the chair and the experts hold sheets (show, set, submit their own).
//  - reviewer totals in an export: the chair.
//  - backups and restores of the panel file: the chair or the secretariat.
//  - replacing an existing panel file with another (demo or import-panel --replace): the
//    chair of the file being replaced. Creating a new file needs nobody.
//  - changing the panel's configuration in place (services/PanelSetup.h): before the first
//    score the chair or the secretariat; once scored, the chair alone (with a reason); once
//    the round is locked or holds a decision, nobody.

#include "domain/Member.h"

namespace pd {

enum class NeededRole {
    Chair,                       // the chair
    ChairOrSecretariat,          // the chair or the secretariat
    ChairOrExpert,               // a member who scores: the chair or an expert
    TheMember,                   // the member named in the command
    TheMemberOrChairOrSecretariat,
};

struct AccessAnswer {
    bool allowed = false;
    NeededRole needed = NeededRole::Chair;   // who may, when refused
    explicit operator bool() const { return allowed; }
};

AccessAnswer canAddMember(const Member *actor, Role newRole);
AccessAnswer canSetPassphrase(const Member *actor, const Member &target);
AccessAnswer canImportRatings(const Member *actor);
AccessAnswer canImportBenchmarks(const Member *actor);
AccessAnswer canImportSheets(const Member *actor);
AccessAnswer canExportPanel(const Member *actor);
AccessAnswer canExportSheetsOf(const Member *actor, const QString &memberId);
AccessAnswer canSeeAgreement(const Member *actor);
AccessAnswer canSeeSensitivity(const Member *actor);
AccessAnswer canRunLifecycleStep(const Member *actor);
AccessAnswer canExportReviewerTotals(const Member *actor);
AccessAnswer canHoldSheets(const Member *actor);
// Replacing an existing panel file (demo --replace, import-panel --replace): its chair.
AccessAnswer canReplacePanel(const Member *actor);

// The stage of a round for a change of its configuration (docs/setup-changes.md):
// no input stored yet; inputs stored (sheets, scores, sealed drafts, benchmark results, user
// ratings, independence findings); locked or later (not open/scoring, or decision versions).
enum class SetupStage { BeforeFirstScore, Scored, Closed };
// Changing the configuration in place at `stage`: the chair or the secretariat before the
// first score, the chair after it, nobody once closed (needed: Chair, who could reopen).
AccessAnswer canChangeSetup(const Member *actor, SetupStage stage);

// A backup of the panel file, and restoring one (paneldesk-cli backup / restore, File > Back
// up… / Restore…): the chair or the secretariat.
AccessAnswer canBackUp(const Member *actor);
AccessAnswer canRestore(const Member *actor);

// A report at a disclosure level: `full` and `team` need the chair; `public` needs nobody
// when the version is announced (or final) and the published teams are not chosen, the
// chair otherwise. Takes the level as the report's text form ("full", "public", "team").
AccessAnswer canWriteReport(const Member *actor, const QString &disclosure,
                            bool versionAnnounced, bool choosesPublishedTeams);

// The user ratings' summary (counts per item and team) in a standings export: every
// signed-in member but an observer (who sees the standings only).
bool seesRatingSummary(const Member *actor);

// True when the member's standings are more than the public view (any signed-in member):
// nobody sees only the public view (PublicView.h).
bool seesMoreThanPublic(const Member *actor);

} // namespace pd
