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

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_DECIMAL_H_
