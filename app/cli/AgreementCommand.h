#pragma once
// paneldesk-cli agreement: Kendall's W, ICC(2,1), each expert's leniency and outlier flags
// (docs/agreement.md), as an aligned table or with --json (format paneldesk-agreement v1).

#include "CliSupport.h"

namespace pd::cli {

int runAgreement(const QStringList &arguments, Io &io);

} // namespace pd::cli
