#pragma once
// Server schema step 1: member keys and signed audit entries on a server (docs/server.md,
// "Keys and signatures on a server"; trust.md, "Keys and signatures").
//
// Keys: members.public_key and members.sealed_key, as in a file. Members read every public
// key (a column grant) and never a sealed key but their own, through
//   pd_my_key()                         the caller's public key and sealed secret key
//   pd_store_key(member, public, sealed, established)
//                                       the caller's own key; the chair's new key for another
//                                       member (a reset issues a new key pair: established)
//   pd_clear_key(member)                the caller's own; the chair's or the secretariat's for
//                                       another member (a reset without a new key)
// The key entries ("member-key", "reseal-key", "clear-key") are written by the client in the
// same transaction, as in a file: verification trusts the chain, never the table.
//
// Signatures: the trigger pd_audit_chain notes the first entry of each transaction in the
// transaction-local setting paneldesk.first_entry (the chain head's row lock is held until
// COMMIT, so the transaction's entries are that one and the ones after it). Before COMMIT the
// client (PgStore, PgSignatures.cpp) reads them, signs each entry's hash with the member's
// key and sets signer and signature. The UPDATE trigger audit_log_sign_only allows exactly
// that change: signer and signature from NULL to the caller's own member id and 64 bytes,
// on an entry whose actor is the caller, every other column unchanged; every other UPDATE
// (and every DELETE) is refused as before. Members hold UPDATE on those two columns only.

#include "server/ServerSchema.h"

#include <QSqlDatabase>

namespace pd::server::schema {

void createSignatures(QSqlDatabase &db, const PanelRoles &roles);

} // namespace pd::server::schema
