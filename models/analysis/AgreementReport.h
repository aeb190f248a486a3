#pragma once
// Panel agreement (analysis/Agreement.h) as machine and terminal output: the JSON of
// `paneldesk-cli agreement --json` (format paneldesk-agreement, version 1, documented in
// docs/agreement.md; full precision, R8) and the aligned text of `paneldesk-cli agreement`.

#include "analysis/Agreement.h"
#include "domain/Panel.h"

#include <QByteArray>
#include <QString>

namespace pd {

QByteArray agreementJson(const Panel &panel, const PanelAgreement &agreement);
QString agreementText(const Panel &panel, const PanelAgreement &agreement);

} // namespace pd
