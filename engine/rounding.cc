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

void RoundedSum::Add(double score) {
  if (rule_.mode == RoundingMode::kNone)
    sum_ += score;
  else
    units_ += ScaledUnits(score, rule_.places);
}

double RoundedSum::value() const {
  if (rule_.mode == RoundingMode::kNone) return sum_;
  return static_cast<double>(units_) / std::pow(10.0, rule_.places);
}

double SumRounded(std::span<const double> scores, const RoundingRule& rule) {
  RoundedSum sum(rule);
  for (double s : scores) sum.Add(s);
  return sum.value();
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
