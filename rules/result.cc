#include "rules/result.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

#include "indicators/decimal.h"

namespace jixiao {
namespace {

std::optional<RuleResult> RequireNumber(const std::optional<double>& value,
                                        const std::string& label, const char* name) {
  if (value) {
    if (std::isfinite(*value)) return std::nullopt;
    return CannotScore(std::string(name) + "不是有限数值");
  }
  if (label.empty()) return MissingData(std::string("缺少") + name);
  return CannotScore(std::string(name) + "「" + label + "」不是数值");
}

struct OutcomeNames {
  Outcome outcome;
  std::string_view name;
  std::string_view key;
};

constexpr OutcomeNames kOutcomeNames[] = {
    {Outcome::kScored, "已评分", "scored"},
    {Outcome::kNotApplicable, "不适用", "not_applicable"},
    {Outcome::kMissingData, "缺少数据", "missing_data"},
    {Outcome::kCannotScore, "无法评分", "cannot_score"},
};

}  // namespace

std::string_view OutcomeName(Outcome outcome) {
  for (const OutcomeNames& row : kOutcomeNames)
    if (row.outcome == outcome) return row.name;
  return "无法评分";
}

std::optional<Outcome> OutcomeFromName(std::string_view name) {
  for (const OutcomeNames& row : kOutcomeNames)
    if (name == row.name || name == row.key) return row.outcome;
  return std::nullopt;
}

RuleResult Scored(double points, double max_points, std::string formula, std::string reason) {
  const std::optional<double> clamped = ClampPoints(RawPoints{points, max_points});
  if (!clamped) return CannotScore("计算结果不是有限数值");
  RuleResult r;
  r.outcome = Outcome::kScored;
  r.points = *clamped;
  r.formula = std::move(formula);
  r.reason = std::move(reason);
  if (r.formula.empty() && r.reason.empty()) return r;  // no trace text (RuleInput::explain)
  if (points < 0) {
    r.formula += " → 0";
    r.reason += "，最低 0 分";
  } else if (points > max_points) {
    r.formula += " → " + TraceNumber(max_points);
    r.reason += "，最高 " + TraceNumber(max_points) + " 分";
  }
  return r;
}

PlainInput Plain(const RuleInput& in) {
  return PlainInput{in.weight, *in.target, *in.actual, in.comparator, in.direction};
}

RuleResult MissingData(std::string reason) {
  RuleResult r;
  r.outcome = Outcome::kMissingData;
  r.reason = std::move(reason);
  return r;
}

RuleResult CannotScore(std::string reason) {
  RuleResult r;
  r.outcome = Outcome::kCannotScore;
  r.reason = std::move(reason);
  return r;
}

std::string PercentText(double ratio) {
  return TraceNumber(RoundDecimal(ratio * 100, 2, RoundingMode::kHalfUp)) + "%";
}

std::string PointsText(double points) {
  char buffer[400];
  return std::string(
      buffer,
      std::to_chars(buffer, buffer + sizeof buffer, points, std::chars_format::fixed, 2).ptr);
}

std::optional<RuleResult> RequireTarget(const RuleInput& in) {
  return RequireNumber(in.target, in.target_label, "目标值");
}

std::optional<RuleResult> RequireActual(const RuleInput& in) {
  return RequireNumber(in.actual, in.actual_label, "实际完成值");
}

std::optional<RuleResult> RequireTargetAndActual(const RuleInput& in) {
  if (auto bad = RequireTarget(in)) return bad;
  return RequireActual(in);
}

}  // namespace jixiao
