#pragma once
// paneldesk-cli report (docs/report.md)

#include "CliSupport.h"

namespace pd::cli {

// True for the commands that need a QGuiApplication (fonts for the PDF).
bool needsGui(const QStringList &arguments);

int runReport(const QStringList &arguments, Io &io);

} // namespace pd::cli
