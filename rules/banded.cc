#include "rules/banded.h"

#include <string>

#include "rules/compare.h"
#include "rules/result.h"

namespace jixiao {
namespace {

// Edges are compared with a relative slack, so 78.93 × 100 / 100 still sits on
// an edge at 78.93.
bool Contains(const Band& band, double v) {
  if (band.low && !(band.low_inclusive ? AtLeast(v, *band.low) : Above(v, *band.low))) return false;
  if (band.high && !(band.high_inclusive ? AtMost(v, *band.high) : Below(v, *band.high)))
    return false;
  return true;
}

}  // namespace

std::string BandRange(const Band& band) {
  std::string out = band.low ? (band.low_inclusive ? "[" : "(") + TraceNumber(*band.low) : "(-∞";
  out += ", ";
  out += band.high ? TraceNumber(*band.high) + (band.high_inclusive ? "]" : ")") : "+∞)";
  return out;
}

RuleResult ScoreBanded(const MethodSpec& spec, const RuleInput& in) {
  const double w = in.weight;
  double measure = 0;
  std::string measure_text;
  if (spec.band_measure == BandMeasure::kActual) {
    if (auto bad = RequireActual(in)) return *bad;
    measure = *in.actual;
    measure_text = "B = " + TraceNumber(measure);
  } else {
    if (auto bad = RequireTargetAndActual(in)) return *bad;
    const double a = *in.target, b = *in.actual;
    if (a == 0) return CannotScore("目标值为 0，无法计算比例");
    if (a < 0) return CannotScore("目标值为负数（" + TraceNumber(a) + "），无法计算比例");
    measure = b * 100 / a;  // B × 100 / A: exact for whole numbers, unlike B / A × 100
    measure_text =
        "B/A × 100 = " + TraceNumber(b) + "/" + TraceNumber(a) + " × 100 = " + TraceNumber(measure);
  }
  for (const Band& band : spec.bands) {
    if (!Contains(band, measure)) continue;
    const std::string name = band.raw.empty() ? BandRange(band) : band.raw;
    const double points = band.fraction ? band.points * w : band.points;
    std::string formula = measure_text + " ∈ " + name + " → ";
    if (band.fraction) formula += TraceNumber(band.points) + " × w = ";
    formula += TraceNumber(points);
    return Scored(points, w, std::move(formula), "落在「" + name + "」档");
  }
  return Scored(0, w, measure_text + "，不在任何档内 → 0",
                TraceNumber(measure) + " 不在任何档内，得 0 分");
}

}  // namespace jixiao
