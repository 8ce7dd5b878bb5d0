// Rounding a double on its decimal value (DOMAIN.md §6): the one place numbers are rounded.
// engine/rounding.h applies a template's rule to scores with it; the percentages of traces
// (rules/result.h), forms (reports/labels.h) and audit messages round with it too, so that a rate
// reads the same everywhere.
#ifndef JIXIAO_INDICATORS_DECIMAL_H_
#define JIXIAO_INDICATORS_DECIMAL_H_

#include "indicators/template.h"

namespace jixiao {

/// `value` rounded to `places` decimals by `mode`, on its decimal value: the double is first read
/// at 15 significant digits, so 21.9/0.2 (109.49999999999999 in binary) is 109.5 and half-up
/// gives 110, and 210.7/400 × 100 (52.674999… in binary) is 52.675 and gives 52.68. Half-up rounds
/// the magnitude (away from zero). kNone, and a value with no more than `places` decimals, NaN or
/// ±inf, come back unchanged.
double RoundDecimal(double value, int places, RoundingMode mode);

/// True when `printed`, a figure written with `places` decimals, is `exact` as printed at that
/// precision: `exact` rounded half-up to `places` (on its decimal value) is `printed` — "98%"
/// for 98.37%, "99.9%" and "99.88%" for 99.8778%, not "98%" for 98.6% — or `printed` agrees
/// with `exact` to 13 significant digits, whatever its decimals (a spreadsheet's stored
/// quotient, 98.3705882352941, against the same quotient computed in binary). This is the
/// convention of the published figures (shared/reference: "matches_stated compares after
/// rounding to the stated number of decimals"). False for NaN or ±inf.
bool MatchesAtPrintedPlaces(double printed, int places, double exact);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_DECIMAL_H_
