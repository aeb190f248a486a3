#pragma once
// paneldesk-cli sensitivity: the sensitivity of the cut (models/analysis/Sensitivity.h,
// docs/sensitivity.md) as a table or as JSON. An analysis only: the database is read, never
// written.

#include "CliSupport.h"

namespace pd::cli {

int runSensitivity(const QStringList &arguments, Io &io);

} // namespace pd::cli
