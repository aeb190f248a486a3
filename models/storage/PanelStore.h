#pragma once
// Where a panel lives: a SQLite file (SqliteStore) or a PostgreSQL server (server::PgStore,
// part of the steps so far: docs/server.md). Callers see this interface only, and get a
// store from storage/PanelLocation.h, the one place that maps a location to a backend. Every
// method either completes and is durable, or throws and changes nothing.
//
// A backend implements seven parts, one per concern (each header documents its methods):
//   RoundInputs       the round read whole, for scoring, streamed; replaced by a panel file
//   SheetStorage      score sheets and expert scores, stale-edit watches
//   FindingsStorage   independence findings and verdicts
//   MemberStorage     members, passphrases, the sign-in throttle, conflicts, keys
//   ImportStorage     ratings, benchmark results and mapping, offline sheets files
//   LifecycleStorage  lock, decisions, announcement, appeals, final
//   StoreSession      location, signer, audit log, online copy, write waits
// A caller that needs one concern may take that part alone.

#include "storage/FindingsStorage.h"
#include "storage/ImportStorage.h"
#include "storage/LifecycleStorage.h"
#include "storage/MemberStorage.h"
#include "storage/RoundInputs.h"
#include "storage/SheetStorage.h"
#include "storage/StoreSession.h"

namespace pd {

class PanelStore : public RoundInputs,
                   public SheetStorage,
                   public FindingsStorage,
                   public MemberStorage,
                   public ImportStorage,
                   public LifecycleStorage,
                   public StoreSession {
public:
    ~PanelStore() override = default;
};

} // namespace pd
