#include "export/ExportNumbers.h"

#include "io/JsonWriter.h"
#include "scoring/Rounding.h"

#include <cmath>

namespace pd {

double exportNumber(double value)
{
    if (!std::isfinite(value) || std::fabs(value) >= 1e15)
        return value;
    const double rounded = roundHalfAwayFromZero(value, kExportDecimals);
    return rounded == 0.0 ? 0.0 : rounded;   // no -0
}

QByteArray exportNumberText(double value)
{
    return JsonWriter::formatNumber(exportNumber(value));
}

QByteArray exportNumberFormat(int decimals)
{
    if (decimals <= 0)
        return QByteArrayLiteral("0");
    return QByteArrayLiteral("0.") + QByteArray(decimals, '0');
}

} // namespace pd
