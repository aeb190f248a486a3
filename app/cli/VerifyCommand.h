#pragma once
// paneldesk-cli verify: the audit chain and the signed records (trust.md). Exit code 0 when
// everything verifies, 3 when anything fails (the first bad audit entry and every bad record
// are named), 2 for invalid input, 1 otherwise.

#include "CliSupport.h"

namespace pd::cli {

inline constexpr int VerificationFailed = 3;

int runVerify(const QStringList &arguments, Io &io);

} // namespace pd::cli
