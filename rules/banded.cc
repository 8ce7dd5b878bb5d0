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
  const bool ratio = spec.band_measure != BandMeasure::kActual;
  if (auto bad = ratio ? RequireTargetAndActual(in) : RequireActual(in)) return *bad;
  const double b = *in.actual;
  const double a = ratio ? *in.target : 0;
  if (ratio && a == 0) return CannotScore("目标值为 0，无法计算比例");
  if (ratio && a < 0) return CannotScore("目标值为负数（" + TraceNumber(a) + "），无法计算比例");
  // B × 100 / A: exact for whole numbers, unlike B / A × 100.
  const double measure = ratio ? b * 100 / a : b;
  const auto measure_text = [&] {
    if (!ratio) return "B = " + TraceNumber(measure);
    return "B/A × 100 = " + TraceNumber(b) + "/" + TraceNumber(a) +
           " × 100 = " + TraceNumber(measure);
  };
  for (const Band& band : spec.bands) {
    if (!Contains(band, measure)) continue;
    const double points = band.fraction ? band.points * w : band.points;
    const auto name = [&] { return band.raw.empty() ? BandRange(band) : band.raw; };
    return Scored(points, w,
                  Explain(in,
                          [&] {
                            std::string formula = measure_text() + " ∈ " + name() + " → ";
                            if (band.fraction) formula += TraceNumber(band.points) + " × w = ";
                            return formula + TraceNumber(points);
                          }),
                  Explain(in, [&] { return "落在「" + name() + "」档"; }));
  }
  return Scored(0, w, Explain(in, [&] { return measure_text() + "，不在任何档内 → 0"; }),
                Explain(in, [&] { return TraceNumber(measure) + " 不在任何档内，得 0 分"; }));
}

}  // namespace jixiao
