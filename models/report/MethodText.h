#pragma once
// The words a report's reader sees for the method's and the ruling's vocabularies (the panel
// file and the CLI keep the English ids of domain/Enums.h and decision/Decision.h).

#include "decision/Decision.h"
#include "domain/Enums.h"

#include <QString>

namespace pd::methodtext {

QString normalization(Normalization value);   // "target ratio (score ÷ target)", ...
QString aggregation(Aggregation value, int trim);
QString ruling(Ruling value);
QString outcome(Outcome value);   // "advances", "eliminated on score", ...

} // namespace pd::methodtext
