#pragma once
// The lifecycle steps that must not be taken on a tampered file (trust.md, "Audit chain"):
// lock, decide, announce and finalize verify the whole file first (trust/Verification.h,
// requireVerified) and refuse with what fails; then the file is backed up (a backup named
// for the step, services/Backups.h) and the store does the step. The window's
// Decision tab and paneldesk-cli call these, never the store's steps directly.

#include "domain/Panel.h"
#include "trust/Actor.h"

#include <QDate>
#include <QMap>
#include <vector>

namespace pd {

class PanelStore;

void lockVerified(PanelStore &store, const Actor &actor);
int decideVerified(PanelStore &store, const QDate &today, const QMap<QString, QString> &reasons,
                   const std::vector<TieResolution> &ties, const Actor &actor);
void announceVerified(PanelStore &store, const QDate &date, const QDate &today, const Actor &actor);
void finalizeVerified(PanelStore &store, const QDate &today, const Actor &actor);

} // namespace pd
