#pragma once
// What the audit log may show of each entry (trust.md: "audit entries of draft edits carry
// no values"; docs/visibility.md, "Your drafts are yours alone"). Pure functions.
//
// A draft edit — an expert score entered or changed ("expert-score"), cleared
// ("clear-expert-score"), or a sheet's overall opinion ("sheet-opinion"; only a draft's can
// change) — shows its old and new value, and which item it touched, only to the member who
// made it on their own sheet. Everyone else, the chair included, sees that the sheet
// (round, reviewer, team) was edited and when, with "draft value hidden" for both values.
// Submitting ("submit-sheet", with the submitted total), reopening and every other entry
// show as written.

#include "storage/PanelStore.h"

#include <vector>

namespace pd {

// True for the actions that edit a draft sheet.
bool isDraftEdit(const AuditEntry &entry);

// The sheet's owner of a draft edit: the reviewer segment of its entity
// ("expert_scores/R1/e01/lg/strategy", "sheets/R1/e01/lg"); empty for other entries.
QString draftOwner(const AuditEntry &entry);

// Whether `viewerId` (empty: nobody) may see the entry's values and item.
bool maySeeAuditValues(const AuditEntry &entry, const QString &viewerId);

struct ShownAuditEntry {
    AuditEntry entry;            // values and the item removed where they are hidden
    bool valuesHidden = false;   // show "draft value hidden" for the old and new value
};

// The log as `viewerId` may see it, in the same order: every entry kept (that a draft was
// edited is no secret to the chair: the progress matrix shows it), hidden values removed,
// a hidden score's entity shortened to its sheet ("expert_scores/R1/e01/lg"): which items a
// draft holds is the draft's own.
std::vector<ShownAuditEntry> visibleAuditLog(std::vector<AuditEntry> entries, const QString &viewerId);

// Whether a member in `role` reads the whole audit log of a panel on a server, and so can
// verify its chain (`verify`): the chair alone; the server shows everyone else only their own
// entries (docs/server.md, "Keys and signatures on a server"). A file's log is read whole.
bool readsWholeServerAuditLog(Role role);

} // namespace pd
