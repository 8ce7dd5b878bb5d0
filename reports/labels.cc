#include "reports/labels.h"

#include <cmath>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "engine/rounding.h"
#include "indicators/decimal.h"

namespace jixiao {
namespace {

constexpr int kUnroundedPlaces = 4;
constexpr int kDecimalPlaces = 6;

// Removes a trailing run of zeros after the decimal point, and the point itself
// if bare.
std::string TrimZeros(std::string s) {
  if (s.find('.') == std::string::npos) return s;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// "-0.00" and "-0" print without the sign.
std::string DropNegativeZero(std::string s) {
  if (!s.empty() && s[0] == '-' && s.find_first_not_of("0.", 1) == std::string::npos) s.erase(0, 1);
  return s;
}

std::string Fixed(double value, int places) {
  if (!std::isfinite(value)) return std::string(kNotANumber);
  return DropNegativeZero(fmt::format("{:.{}f}", value, places));
}

}  // namespace

std::string FormatPoints(double points, int places) {
  if (places < 0) return FormatDecimalPlaces(points, kUnroundedPlaces);
  return Fixed(points, places);
}

std::string FormatDecimalPlaces(double value, int max_places) {
  if (!std::isfinite(value)) return std::string(kNotANumber);
  return DropNegativeZero(TrimZeros(Fixed(value, max_places)));
}

int PointPlaces(const RoundingRule& rule) {
  return rule.mode == RoundingMode::kNone ? -1 : rule.places;
}

std::string FormatPercent(double percent, int places) {
  if (!std::isfinite(percent)) return std::string(kNotANumber);
  return Fixed(RoundDecimal(percent, places, RoundingMode::kHalfUp), places) + "%";
}

std::string FormatAmount(double amount) { return FormatDecimalPlaces(amount, kDecimalPlaces); }

std::string FormatDecimal(double value) { return FormatDecimalPlaces(value, kDecimalPlaces); }

std::string FormatMoney(double amount) {
  if (!std::isfinite(amount)) return std::string(kNotANumber);
  std::string fixed = Fixed(RoundScore(amount, {RoundingMode::kHalfUp, 2}), 2);
  size_t digits_end = fixed.find('.');
  size_t digits_begin = fixed[0] == '-' ? 1 : 0;
  for (size_t at = digits_end; at > digits_begin + 3; at -= 3) fixed.insert(at - 3, ",");
  return fixed;
}

std::string FormatShare(double percent) {
  if (!std::isfinite(percent)) return std::string(kNotANumber);
  return FormatDecimalPlaces(RoundScore(percent, {RoundingMode::kHalfUp, 2}), 2) + "%";
}

std::string FormatScoreBrief(double score, const RoundingRule& rule) {
  int places = PointPlaces(rule);
  return FormatDecimalPlaces(RoundScore(score, rule), places < 0 ? kUnroundedPlaces : places);
}

std::string_view OutcomeLabel(Outcome outcome) { return OutcomeName(outcome); }

std::string LevelTitle(int level) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五",
                                                   "六", "七", "八", "九", "十"};
  if (level >= 1 && level <= 10)
    return fmt::format("{}级指标", kNumerals[static_cast<size_t>(level - 1)]);
  return fmt::format("{}级指标", level);
}

std::string_view LayoutTitle(FormLayout layout) {
  switch (layout) {
    case FormLayout::kProjectSelfEvaluation:
      return "项目支出绩效自评表";
    case FormLayout::kScoringSheet:
      return "自评价评分表";
  }
  return "项目支出绩效自评表";
}

ValueColumnTitles ValueTitles(FormLayout layout) {
  if (layout == FormLayout::kScoringSheet) return {"权重", "目标值", "业绩值", "评分结果"};
  return {kLabelWeight, "年度指标值", "实际完成值", kLabelScore};
}

std::string ProjectsTitle(std::string_view form_title, size_t projects) {
  return fmt::format("{}（{} 个项目）", form_title, projects);
}

std::string FundsTitle(std::string_view unit) {
  if (unit.empty()) return std::string(kLabelFunds);
  return fmt::format("{}（{}）", kLabelFunds, unit);
}

std::string FundsTargetText(std::string_view amount, std::string_view unit) {
  return fmt::format("{} {}{}", kLabelBudgetFullYear, amount, unit);
}

std::string FundsActualText(std::string_view amount, std::string_view unit, std::string_view rate) {
  if (rate.empty()) return fmt::format("{} {}{}", kLabelBudgetExecuted, amount, unit);
  return fmt::format("{} {}{}，{} {}", kLabelBudgetExecuted, amount, unit, kLabelExecutionRate,
                     rate);
}

std::string GroupWithWeight(std::string_view name, std::string_view weight) {
  return fmt::format("{}（{}）", name, weight);
}

std::string StampLine(std::string_view id, std::string_view version, std::string_view hash) {
  return fmt::format("模板 {} 版本 {}（内容哈希 {}）", id, version, hash);
}

std::string OverrideNote(std::string_view mark, std::string_view computed, std::string_view note) {
  return fmt::format("{} {}", mark, OverrideText(computed, note));
}

std::string OverrideText(std::string_view computed, std::string_view note) {
  if (note.empty()) return fmt::format("单位调整得分：计算得分 {}", computed);
  return fmt::format("单位调整得分：计算得分 {}，说明：{}", computed, note);
}

std::string NodeFindingNote(std::string_view path, std::string_view finding) {
  return fmt::format("{}：{}", path, finding);
}

std::string NodeRemarkNote(std::string_view path, std::string_view note) {
  return fmt::format("{}（说明）：{}", path, note);
}

std::string OverriddenScore(std::string_view score) {
  return fmt::format("{}（单位调整得分）", score);
}

}  // namespace jixiao
