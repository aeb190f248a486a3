#pragma once
// The demo panel: the first evaluation of Korea's sovereign AI foundation model project
// (2026-01-15) rebuilt from raw inputs (shared spec first-evaluation.md). Only LG AI
// Research's scores and the five-team averages were published; every other figure is
// illustrative, chosen so that the computed standings match the reference table exactly.

#include "domain/Panel.h"

namespace pd {

// The notice every screen and report of the demo shows.
QString demoNotice();

// Deterministic: the same panel every time.
Panel buildDemoPanel();

} // namespace pd
