#pragma once
// The words people read for R5's vocabularies (the panel file keeps the English ids of
// domain/Enums.h). Translatable; the order of each list is the order of the enum.

#include "domain/Enums.h"

#include <QStringList>

namespace pd::findingtext {

QString origin(Origin value);
QString license(License value);
QString weights(Weights value);
QString externalControl(ExternalControl value);
QString verdict(Verdict value);

// Every value's text, in enum order (index = static_cast<int>(value)).
QStringList origins();
QStringList licenses();
QStringList weightsList();
QStringList externalControls();
QStringList verdicts();

} // namespace pd::findingtext
