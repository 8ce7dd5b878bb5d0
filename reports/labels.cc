#include "reports/labels.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "engine/rounding.h"
#include "indicators/decimal.h"

namespace jixiao {
namespace {

constexpr int kUnroundedPlaces = 4;
constexpr int kDecimalPlaces = 6;

// GCC's and Clang's 128-bit integer (__extension__: not ISO C++, so -Wpedantic would object).
__extension__ typedef unsigned __int128 Uint128;

constexpr uint64_t kPowersOfTen[] = {1,      10,      100,      1000,      10000,
                                     100000, 1000000, 10000000, 100000000, 1000000000};

// `value` at `places` decimals as printf's "%.*f" prints it (the exact binary value rounded to
// nearest, ties to even), by integer arithmetic: value = m × 2^e exactly, so value × 10^places
// = m × 10^places / 2^-e, whose quotient and remainder say how to round. Writes the digits at
// `out` and returns the end, or null when the result does not fit in 64 bits (the caller then
// uses std::to_chars, which prints the same, slower). REQUIRES: value finite, places ≤ 9.
char* ExactFixed(double value, int places, char* out) {
  const uint64_t bits = std::bit_cast<uint64_t>(value);
  const int biased = static_cast<int>((bits >> 52) & 0x7FF);
  const uint64_t fraction = bits & ((uint64_t{1} << 52) - 1);
  const uint64_t m = biased == 0 ? fraction : fraction | (uint64_t{1} << 52);
  const int e = (biased == 0 ? 1 : biased) - 1075;
  const uint64_t scale = kPowersOfTen[places];
  uint64_t q = 0;  // value × 10^places, rounded
  if (e >= 0) {
    if (e > 10) return nullptr;  // m × 2^e ≥ 2^63
    const Uint128 n = static_cast<Uint128>(m << e) * scale;
    if (n >> 64 != 0) return nullptr;
    q = static_cast<uint64_t>(n);
  } else if (-e < 128) {
    const int shift = -e;
    const Uint128 n = static_cast<Uint128>(m) * scale;
    const Uint128 whole = n >> shift;
    const Uint128 rest = n - (whole << shift);
    const Uint128 half = static_cast<Uint128>(1) << (shift - 1);
    if (whole >> 63 != 0) return nullptr;
    q = static_cast<uint64_t>(whole);
    if (rest > half || (rest == half && (q & 1) != 0)) ++q;
  }
  if ((bits >> 63) != 0) *out++ = '-';
  out = std::to_chars(out, out + 20, q / scale).ptr;
  if (places == 0) return out;
  *out++ = '.';
  uint64_t decimals = q % scale;
  for (int i = places - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + decimals % 10);
    decimals /= 10;
  }
  return out + places;
}

// Appends `value` with `places` decimals, exactly as printf's "%.*f" (ExactFixed, or
// std::to_chars with a precision: both print the same digits, without a locale), or
// kNotANumber. With `trim`, a trailing run of zeros after the point goes, and the point if bare.
// "-0.00" and "-0" print without the sign.
void AppendFixed(double value, int places, bool trim, std::string& out) {
  if (!std::isfinite(value)) {
    out += kNotANumber;
    return;
  }
  char buffer[400];  // the longest double at 6 decimals takes 316 characters
  const char* end = places >= 0 && places <= 9 ? ExactFixed(value, places, buffer) : nullptr;
  if (end == nullptr)
    end =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, places).ptr;
  if (trim && places > 0) {
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
  }
  const char* begin = buffer;
  if (*begin == '-' && std::all_of(begin + 1, end, [](char c) { return c == '0' || c == '.'; }))
    ++begin;
  out.append(begin, end);
}

std::string Fixed(double value, int places, bool trim = false) {
  std::string out;
  AppendFixed(value, places, trim, out);
  return out;
}

}  // namespace

void AppendPoints(double points, int places, std::string& out) {
  if (places < 0) {
    AppendFixed(points, kUnroundedPlaces, /*trim=*/true, out);
    return;
  }
  AppendFixed(points, places, /*trim=*/false, out);
}

void AppendDecimal(double value, std::string& out) {
  AppendFixed(value, kDecimalPlaces, /*trim=*/true, out);
}

std::string FormatPoints(double points, int places) {
  std::string out;
  AppendPoints(points, places, out);
  return out;
}

std::string FormatDecimalPlaces(double value, int max_places) {
  return Fixed(value, max_places, /*trim=*/true);
}

int PointPlaces(const RoundingRule& rule) {
  return rule.mode == RoundingMode::kNone ? -1 : rule.places;
}

std::string FormatPercent(double percent, int places) {
  if (!std::isfinite(percent)) return std::string(kNotANumber);
  return Fixed(RoundDecimal(percent, places, RoundingMode::kHalfUp), places) + "%";
}

std::string FormatAmount(double amount) { return FormatDecimalPlaces(amount, kDecimalPlaces); }

std::string FormatDecimal(double value) {
  std::string out;
  AppendDecimal(value, out);
  return out;
}

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

std::string GoalLineLabel(std::string_view title, std::string_view column) {
  return fmt::format("{}（{}）", title, column);
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

std::string JoinRemarks(const std::vector<std::string>& remarks) {
  std::string out;
  for (const std::string& remark : remarks) {
    if (!out.empty()) out += kRemarkSeparator;
    out += remark;
  }
  return out;
}

}  // namespace jixiao
