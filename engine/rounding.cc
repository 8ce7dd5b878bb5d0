#include "engine/rounding.h"

#include <charconv>
#include <cmath>
#include <string>

#include "indicators/decimal.h"
#include "indicators/number_text.h"

namespace jixiao {
namespace {

long long ScaledUnits(double value, int places) {
  return std::llround(value * std::pow(10.0, places));
}

}  // namespace

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
