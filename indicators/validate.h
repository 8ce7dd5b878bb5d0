// Checks a loaded template as a whole: points add up, ids are unique, methods resolve.
#ifndef JIXIAO_INDICATORS_VALIDATE_H_
#define JIXIAO_INDICATORS_VALIDATE_H_

#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/template.h"

namespace jixiao {

/// Returns every problem found (all at once). Formulas are compiled later, by CompileScorecard.
std::vector<Diagnostic> ValidateTemplate(const Template& t);

/// True when `a` and `b` are equal as points (to 1e-6; points carry at most a few decimals).
bool SamePoints(double a, double b);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_VALIDATE_H_
