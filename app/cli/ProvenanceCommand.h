#pragma once
// paneldesk-cli provenance inspect: evidence from a checkpoint's weights for the
// independence finding (docs/provenance.md). `compare` joins it with the analyses.

#include "CliSupport.h"

namespace pd::cli {

int runProvenance(const QStringList &arguments, Io &io);

} // namespace pd::cli
