#pragma once
// The canonical inputs of a decision and their SHA-256 fingerprint (R9).
//
// The canonical inputs are the round's panel file (io/PanelFileWriter.h, one byte-exact form)
// holding exactly what the standings are computed from: the configuration, teams,
// benchmark results, the scores of submitted sheets (drafts are no input, R3), every user
// rating and the independence findings; of the members only those who submitted a sheet,
// without their conflicts of interest (members added later, e.g. for an appeals committee,
// do not change the inputs). Anyone can check a fingerprint with `sha256sum` on the file
// `paneldesk-cli fingerprint --inputs-out FILE` writes.

#include "domain/Panel.h"

#include <QByteArray>
#include <QString>

namespace pd {

// `panel` reduced to the decision's inputs (see above).
Panel decisionInputs(const Panel &panel);

// writePanelJson(decisionInputs(panel)).
QByteArray canonicalInputs(const Panel &panel);

// Lower-case hex SHA-256 of `bytes` (64 characters).
QString sha256Hex(const QByteArray &bytes);

} // namespace pd
