#include "engine/rounding.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "indicators/number_text.h"

namespace jixiao {
namespace {

// The decimal digits of |value| at 15 significant digits: digits "1095" and exponent so that
// value = 0.1095e3. Fifteen digits is DBL_DIG: every decimal of that length survives a round trip
// through double, so binary noise (109.49999999999999) is read as the decimal it stands for.
struct Decimal {
  bool negative = false;
  std::string digits;  // no leading zeros
  int exponent = 0;    // value = 0.digits × 10^exponent
};

Decimal ToDecimal(double value) {
  char buf[40];  // d.dddddddddddddde±XX: 15 significant digits, as printf's "%.14e"
  *std::to_chars(buf, buf + sizeof buf - 1, value, std::chars_format::scientific, 14).ptr = '\0';
  Decimal d;
  const char* p = buf;
  if (*p == '-') {
    d.negative = true;
    ++p;
  }
  for (; *p != 'e'; ++p)
    if (*p != '.') d.digits.push_back(*p);
  d.exponent = std::atoi(p + 1) + 1;
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  return d;
}

long long ScaledUnits(double value, int places) {
  return std::llround(value * std::pow(10.0, places));
}

}  // namespace

namespace rounding_internal {

// Rounds |value| to `places` decimals by `mode`, working on its decimal digits.
double RoundDecimal(double value, int places, RoundingMode mode) {
  if (value == 0 || !std::isfinite(value)) return value;
  Decimal d = ToDecimal(value);
  // Digits kept: those before position exponent + places.
  int keep = d.exponent + places;
  if (keep >= static_cast<int>(d.digits.size())) return value;  // already short enough
  std::string kept = keep > 0 ? d.digits.substr(0, static_cast<size_t>(keep)) : std::string();
  std::string rest = keep >= 0 ? d.digits.substr(static_cast<size_t>(keep))
                               : std::string(static_cast<size_t>(-keep), '0') + d.digits;
  bool round_up = false;
  switch (mode) {
    case RoundingMode::kHalfUp:
      round_up = rest[0] >= '5';
      break;
    case RoundingMode::kHalfEven: {
      bool above_half =
          rest[0] > '5' || (rest[0] == '5' && rest.find_first_not_of('0', 1) != std::string::npos);
      bool exactly_half = rest[0] == '5' && !above_half;
      bool last_odd = !kept.empty() && (kept.back() - '0') % 2 == 1;
      round_up = above_half || (exactly_half && last_odd);
      break;
    }
    case RoundingMode::kDown:
    case RoundingMode::kNone:
      break;
  }
  if (keep > 18) return value;  // more digits than a long long holds: nothing to round
  // Half-up rounds the magnitude, i.e. away from zero (scores are never negative anyway).
  long long units = kept.empty() ? 0 : std::stoll(kept);
  if (round_up) ++units;
  // units × 10^(exponent − keep) = units / 10^places, since keep = exponent + places.
  double result = static_cast<double>(units) / std::pow(10.0, places);
  return d.negative ? -result : result;
}

}  // namespace rounding_internal

double SumRounded(std::span<const double> scores, const RoundingRule& rule) {
  if (rule.mode == RoundingMode::kNone) {
    double sum = 0;
    for (double s : scores) sum += s;
    return sum;
  }
  long long units = 0;
  for (double s : scores) units += ScaledUnits(s, rule.places);
  return static_cast<double>(units) / std::pow(10.0, rule.places);
}

int DisplayPlaces(const RoundingRule& rule) {
  return rule.mode == RoundingMode::kNone ? 4 : rule.places;
}

std::string FormatScore(double score, const RoundingRule& rule) {
  if (rule.mode == RoundingMode::kNone) return NumberText(score, 4);
  char buf[400];
  std::string s(
      buf, std::to_chars(buf, buf + sizeof buf, score, std::chars_format::fixed, rule.places).ptr);
  return s == "-0.00" ? "0.00" : s;
}

std::string FormatPublished(double figure, const RoundingRule& rule) {
  std::string at_places = FormatScore(figure, rule);
  return std::stod(at_places) == figure ? at_places : NumberText(figure, 6);
}

std::string DescribeRounding(const RoundingRule& rule) {
  std::string places = std::to_string(rule.places);
  switch (rule.mode) {
    case RoundingMode::kNone:
      return "不舍入";
    case RoundingMode::kHalfUp:
      return "四舍五入保留" + places + "位小数";
    case RoundingMode::kHalfEven:
      return "银行家舍入保留" + places + "位小数";
    case RoundingMode::kDown:
      return "截断保留" + places + "位小数";
  }
  return "";
}

}  // namespace jixiao
