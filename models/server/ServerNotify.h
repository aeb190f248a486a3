#pragma once
// Live updates of a panel on a server (docs/server.md, "Live updates"): the server tells
// every connected PanelDesk that something others may see has changed, with LISTEN/NOTIFY.
//
// Channel: kChangesChannel, the same name in every panel database (PostgreSQL delivers a
// notification only to sessions connected to the database it was raised in, so the
// database itself keeps panels apart). Payload: one of the kinds below, nothing else: never
// an id, a team, a score, a member or a count. LISTEN and NOTIFY are neither privilege-checked
// nor filtered by row-level security: every member connected to the panel database (and
// anyone who may connect to it) receives every notification.
//
// Raised by triggers owned by <db>_owner (server schema step 1, createNotifications in
// ServerNotify.cpp) at the commit of the transaction that made the change; a rolled-back
// change notifies nothing, and one transaction notifies each kind at most once.

namespace pd::server {

inline constexpr char kChangesChannel[] = "paneldesk_changed";

namespace changes {
// A sheet was submitted or reopened, or a submitted sheet changed or was removed. Never a
// draft: a draft created, scored, commented, given an opinion or cleared notifies nothing.
inline constexpr char kSheets[] = "sheets";
inline constexpr char kRound[] = "round";         // the round's lifecycle (locked, reopened...)
inline constexpr char kPanel[] = "panel";         // configuration: program, teams, categories, items
inline constexpr char kDecision[] = "decision";   // decisions, announcements, appeals, tie resolutions
inline constexpr char kFindings[] = "findings";   // independence verdicts, components, notes
inline constexpr char kImports[] = "imports";     // benchmark results and mapping, user ratings
inline constexpr char kMembers[] = "members";     // members, their logins and conflicts
} // namespace changes

} // namespace pd::server
