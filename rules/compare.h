// Comparisons of measured values that tolerate the last-bit noise of unit
// conversion and division.
#ifndef JIXIAO_RULES_COMPARE_H_
#define JIXIAO_RULES_COMPARE_H_

#include <algorithm>
#include <cmath>

namespace jixiao {

/// Relative tolerance for comparisons against a target or a band edge. Values
/// transcribed as "0.3万元" and converted to 元 come out as 2999.9999999999995;
/// such a value still meets ≥ 3000.
inline constexpr double kCompareTolerance = 1e-9;

/// The absolute slack allowed around `reference` (at least kCompareTolerance).
inline double CompareSlack(double reference) {
  return kCompareTolerance * std::max(1.0, std::fabs(reference));
}

/// v ≥ edge, up to the slack.
inline bool AtLeast(double v, double edge) { return v >= edge - CompareSlack(edge); }

/// v > edge, beyond the slack.
inline bool Above(double v, double edge) { return v > edge + CompareSlack(edge); }

/// v ≤ edge, up to the slack.
inline bool AtMost(double v, double edge) { return v <= edge + CompareSlack(edge); }

/// v < edge, beyond the slack.
inline bool Below(double v, double edge) { return v < edge - CompareSlack(edge); }

}  // namespace jixiao

#endif  // JIXIAO_RULES_COMPARE_H_
