#pragma once
// The lifecycle steps that must not be taken on a tampered file (trust.md, "Audit chain"):
// lock, decide, announce and finalize check that the actor may take the step (the chair,
// access/LifecycleAccess.h), verify the whole file (trust/Verification.h, requireVerified)
// and refuse with what fails; then the file is backed up (a backup named for the step,
// services/Backups.h) and the store does the step (decide: the version composed by
// decision/ComposeDecision.h). The window's Decision tab and paneldesk-cli call these and
// RoundSteps.h, never the store's steps directly.

#include "decision/Fingerprint.h"
#include "domain/Panel.h"
#include "trust/Actor.h"

#include <QDate>
#include <QMap>
#include <vector>

namespace pd {

class PanelStore;

void lockVerified(PanelStore &store, const Actor &actor);
// `progress`: the ratings streamed into the inputs (decision/Fingerprint.h).
int decideVerified(PanelStore &store, const QDate &today, const QMap<QString, QString> &reasons,
                   const std::vector<TieResolution> &ties, const Actor &actor,
                   const InputsProgress &progress = {});
void announceVerified(PanelStore &store, const QDate &date, const QDate &today, const Actor &actor);
void finalizeVerified(PanelStore &store, const QDate &today, const Actor &actor);

} // namespace pd
