#pragma once
// The one precision rule for numbers in the files people open in a spreadsheet (CSV, XLSX;
// docs/exports.md, "Numbers"; issue 16, item 3). JSON keeps full precision (R8) and does
// not use this.
//
// - Every number is rounded half away from zero (R8) to kExportDecimals (six) decimals, so a
//   computed 90.19999999999999 is written 90.2 and 33.599999999999994 is 33.6: never binary
//   floating-point noise. -0 becomes 0. Magnitudes of 1e15 and more are kept (a double there
//   has no sixth decimal); NaN and infinities are kept (the writers treat them, below).
// - CSV writes that value in shortest round-trip form ("90.2", "-0.5", "0.000001", "7").
// - XLSX writes it as a number cell; score columns carry a number format that shows the
//   round's display decimals ("0.0"), means one more (R8), counts and ranks the General one.

#include <QByteArray>

namespace pd {

inline constexpr int kExportDecimals = 6;

// `value` rounded as above.
double exportNumber(double value);

// exportNumber(value) as CSV text, in shortest round-trip form (JsonWriter::formatNumber).
// NaN and infinities have no spelling: std::invalid_argument, as for JSON.
QByteArray exportNumberText(double value);

// The XLSX number format that shows `decimals` places: "0", "0.0", "0.00", ...
QByteArray exportNumberFormat(int decimals);

} // namespace pd
