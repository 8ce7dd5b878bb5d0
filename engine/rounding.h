// Scores rounded by the template's rule, once per row, and sums of rounded rows (DOMAIN.md §6).
// The decimal rounding itself is indicators/decimal.h.
#ifndef JIXIAO_ENGINE_ROUNDING_H_
#define JIXIAO_ENGINE_ROUNDING_H_

#include <initializer_list>
#include <span>
#include <string>

#include "indicators/decimal.h"
#include "indicators/template.h"

namespace jixiao {

/// Rounds `value` by `rule`, on its decimal value (RoundDecimal): 21.9/0.2 (109.49999999999999
/// in binary) is 109.5 and rounds half-up to 110. kNone returns `value` unchanged (inline: batch
/// scoring's plan calls it for every row).
inline double RoundScore(double value, const RoundingRule& rule) {
  return rule.mode == RoundingMode::kNone ? value : RoundDecimal(value, rule.places, rule.mode);
}

/// Adds already-rounded scores exactly (in units of 10^-places), so 9.99 + 88 is 97.99, not
/// 97.99000000000001. With kNone, a plain sum.
double SumRounded(std::span<const double> scores, const RoundingRule& rule);
inline double SumRounded(std::initializer_list<double> scores, const RoundingRule& rule) {
  return SumRounded(std::span<const double>(scores.begin(), scores.size()), rule);
}

/// SumRounded one score at a time, for sums over more rows than are kept: after adding scores
/// in some order, value() is SumRounded of them in that order, to the bit.
class RoundedSum {
 public:
  explicit RoundedSum(const RoundingRule& rule) : rule_(rule) {}
  void Add(double score);
  double value() const;

 private:
  RoundingRule rule_;
  long long units_ = 0;  // in 10^-places (rounded rules)
  double sum_ = 0;       // kNone
};

/// Decimal places to print under `rule` (kNone prints up to 4, trailing zeros removed).
int DisplayPlaces(const RoundingRule& rule);

/// `score` printed at the rule's places: "9.99", "88.00" (kNone: up to 4, zeros trimmed).
std::string FormatScore(double score, const RoundingRule& rule);

/// A figure someone else published, at the rule's places, or with all its decimals when it has
/// more ("9.985" stays "9.985" so a half-cent difference is visible).
std::string FormatPublished(double figure, const RoundingRule& rule);

/// Describes the rule in Chinese for traces: "四舍五入保留2位小数", "不舍入".
std::string DescribeRounding(const RoundingRule& rule);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_ROUNDING_H_
