#include "reports/labels.h"

#include <bit>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

BOOST_AUTO_TEST_SUITE(labels)

struct PointsCase {
  double points;
  int places;
  const char* expected;
};

std::ostream& operator<<(std::ostream& os, const PointsCase& c) {
  return os << c.points << " @" << c.places;
}

const PointsCase kPointsCases[] = {
    {9.99, 2, "9.99"},         {88, 2, "88.00"}, {97.99000000000001, 2, "97.99"},
    {7.7333333, 2, "7.73"},    {0, 2, "0.00"},   {-0.001, 2, "0.00"},
    {-0.0, 2, "0.00"},         {2.5, 1, "2.5"},  {100, 0, "100"},
    {7.7333333, -1, "7.7333"}, {58, -1, "58"},   {2.27, -1, "2.27"},
};

BOOST_DATA_TEST_CASE(points_print_with_fixed_places, boost::unit_test::data::make(kPointsCases),
                     c) {
  BOOST_TEST(FormatPoints(c.points, c.places) == c.expected);
}

// printf's "%.*f", with the trailing zeros and a negative zero's sign dropped as
// FormatDecimalPlaces does.
std::string Printf(double value, int places, bool trim) {
  char text[400];
  std::snprintf(text, sizeof text, "%.*f", places, value);
  std::string s = text;
  if (trim && s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s[0] == '-' && s.find_first_not_of("0.", 1) == std::string::npos) s.erase(0, 1);
  return s;
}

// Numbers are formatted by integer arithmetic where they fit (labels.cc's ExactFixed): the same
// digits as printf, on ties (exact binary halves, rounded to even), their neighbours, values
// that look like ties but are not (2.675 is 2.67499…), tiny, subnormal, huge and random ones.
BOOST_AUTO_TEST_CASE(fixed_places_print_exactly_what_printf_prints) {
  std::vector<double> values = {0.5,     1.5,      2.5,      0.125, 0.375,   2.675,  1.005,
                                1e-7,    5e-7,     4.9e-7,   1e15,  9.22e18, 1.8e19, 1e22,
                                1.2e300, 4.9e-324, 2.2e-308, 0.0,   -0.0,    99.995, 1.0 / 3};
  std::mt19937_64 rng(7);
  for (int k = 1; k < 4096; ++k) values.push_back(k / static_cast<double>(1 << (k % 24)));
  for (int i = 0; i < 5000; ++i) {
    values.push_back(std::uniform_real_distribution<double>(0, 200)(rng));
    values.push_back(std::round(values.back() * 1e4) / 1e4);
    values.push_back(std::bit_cast<double>(rng()));  // any finite double, any exponent
  }
  for (double v : std::vector<double>(values))
    values.insert(values.end(), {-v, std::nextafter(v, 0.0), std::nextafter(v, 1e308)});
  int failures = 0;
  for (double v : values) {
    if (!std::isfinite(v)) continue;
    for (int places = 0; places <= 6 && failures < 10; ++places) {
      const std::string points = FormatPoints(v, places);
      const std::string trimmed = FormatDecimalPlaces(v, places);
      if (points != Printf(v, places, false) || trimmed != Printf(v, places, true)) {
        ++failures;
        BOOST_ERROR(v << " at " << places << ": " << points << " / " << trimmed);
      }
    }
  }
  BOOST_TEST(failures == 0);
}

BOOST_AUTO_TEST_CASE(non_finite_numbers_print_a_dash_never_nan) {
  BOOST_TEST(FormatPoints(std::numeric_limits<double>::quiet_NaN(), 2) == "—");
  BOOST_TEST(FormatPoints(std::numeric_limits<double>::infinity(), 2) == "—");
  BOOST_TEST(FormatPercent(std::numeric_limits<double>::quiet_NaN()) == "—");
  BOOST_TEST(FormatAmount(-std::numeric_limits<double>::infinity()) == "—");
}

BOOST_AUTO_TEST_CASE(percent_amount_and_decimal) {
  BOOST_TEST(FormatPercent(159.80445 / 160 * 100) == "99.88%");
  BOOST_TEST(FormatPercent(78.926, 1) == "78.9%");
  BOOST_TEST(FormatAmount(160) == "160");
  BOOST_TEST(FormatAmount(159.80445) == "159.80445");
  BOOST_TEST(FormatAmount(8376.8) == "8376.8");
  BOOST_TEST(FormatDecimal(7.733333333) == "7.733333");
  BOOST_TEST(FormatDecimal(-0.0000001) == "0");
}

BOOST_AUTO_TEST_CASE(money_prints_two_decimals_with_thousands_separators) {
  BOOST_TEST(FormatMoney(3718.80556) == "3,718.81");
  BOOST_TEST(FormatMoney(328.5) == "328.50");
  BOOST_TEST(FormatMoney(776.575) == "776.58");  // half-up on the decimal, not the binary value
  BOOST_TEST(FormatMoney(999.995) == "1,000.00");
  BOOST_TEST(FormatMoney(1234567.891) == "1,234,567.89");
  BOOST_TEST(FormatMoney(100) == "100.00");
  BOOST_TEST(FormatMoney(0) == "0.00");
  BOOST_TEST(FormatMoney(-1234.5) == "-1,234.50");
  BOOST_TEST(FormatMoney(std::numeric_limits<double>::quiet_NaN()) == "—");
}

BOOST_AUTO_TEST_CASE(shares_print_up_to_two_decimals_as_prose_does) {
  BOOST_TEST(FormatShare(36.0 / 38 * 100) == "94.74%");
  BOOST_TEST(FormatShare(100) == "100%");
  BOOST_TEST(FormatShare(41692.74 / 29520.12 * 100) == "141.23%");  // not 141.24
  BOOST_TEST(FormatShare(99.5) == "99.5%");
  BOOST_TEST(FormatShare(0) == "0%");
  BOOST_TEST(FormatShare(std::numeric_limits<double>::infinity()) == "—");
}

BOOST_AUTO_TEST_CASE(brief_scores_drop_trailing_zeros) {
  BOOST_TEST(FormatScoreBrief(98, {}) == "98");
  BOOST_TEST(FormatScoreBrief(94.52, {}) == "94.52");
  BOOST_TEST(FormatScoreBrief(97.99000000000001, {}) == "97.99");
  BOOST_TEST(FormatScoreBrief(1284.99 / 13, {}) == "98.85");
  BOOST_TEST(FormatScoreBrief(7.7333333, {RoundingMode::kNone, 2}) == "7.7333");
  BOOST_TEST(FormatScoreBrief(7.75, {RoundingMode::kHalfUp, 1}) == "7.8");
}

struct PercentCase {
  double percent;
  int places;
  const char* expected;
};

std::ostream& operator<<(std::ostream& os, const PercentCase& c) {
  return os << c.percent << "% @" << c.places;
}

// Half-up on the decimal value, as published tables and RoundScore round: exact ties go up even
// when the double lies just below them (52.675 is 52.674999… in binary) or the digit is even.
const PercentCase kPercentCases[] = {
    {210.7 / 400 * 100, 2, "52.68%"},           // 210.70 of 400 万元: 52.675% exactly
    {38.33 / 40 * 100, 2, "95.83%"},            // 95.825%
    {16.31 / 56 * 100, 2, "29.13%"},            // 29.125%
    {1.0008 / 16 * 100, 2, "6.26%"},            // 6.255%, 6.254999… in binary
    {0.125, 2, "0.13%"},                        // exact in binary too: not to the even 0.12
    {81.25, 1, "81.3%"},                        // 3.25 of 4
    {3.27 / 4 * 100, 1, "81.8%"},               // BE-000-03 at one decimal
    {41692.74 / 29520.12 * 100, 2, "141.23%"},  // BE-004-01: 141.234995…, not 141.24
    {99.995, 2, "100.00%"},
    {0, 2, "0.00%"},
};

BOOST_DATA_TEST_CASE(percentages_round_half_up_on_the_decimal_value,
                     boost::unit_test::data::make(kPercentCases), c) {
  BOOST_TEST(FormatPercent(c.percent, c.places) == c.expected);
}

BOOST_AUTO_TEST_CASE(places_follow_the_rounding_rule) {
  BOOST_TEST(PointPlaces({RoundingMode::kHalfUp, 2}) == 2);
  BOOST_TEST(PointPlaces({RoundingMode::kDown, 1}) == 1);
  BOOST_TEST(PointPlaces({RoundingMode::kNone, 2}) == -1);
}

BOOST_AUTO_TEST_CASE(outcome_labels) {
  BOOST_TEST(OutcomeLabel(Outcome::kScored) == "已评分");
  BOOST_TEST(OutcomeLabel(Outcome::kNotApplicable) == "不适用");
  BOOST_TEST(OutcomeLabel(Outcome::kMissingData) == "缺少数据");
  BOOST_TEST(OutcomeLabel(Outcome::kCannotScore) == "无法评分");
}

BOOST_AUTO_TEST_CASE(level_titles_count_in_chinese) {
  BOOST_TEST(LevelTitle(1) == "一级指标");
  BOOST_TEST(LevelTitle(3) == "三级指标");
  BOOST_TEST(LevelTitle(4) == "四级指标");
  BOOST_TEST(LevelTitle(10) == "十级指标");
  BOOST_TEST(LevelTitle(11) == "11级指标");
}

BOOST_AUTO_TEST_CASE(layout_titles_and_column_titles) {
  BOOST_TEST(LayoutTitle(FormLayout::kProjectSelfEvaluation) == "项目支出绩效自评表");
  BOOST_TEST(LayoutTitle(FormLayout::kScoringSheet) == "自评价评分表");
  BOOST_TEST(ValueTitles(FormLayout::kScoringSheet).score == "评分结果");
  BOOST_TEST(ValueTitles(FormLayout::kProjectSelfEvaluation).target == "年度指标值");
}

BOOST_AUTO_TEST_CASE(notes_read_as_sentences) {
  BOOST_TEST(StampLine("beijing_2020", "1", "9f86d081884c7d65") ==
             "模板 beijing_2020 版本 1（内容哈希 9f86d081884c7d65）");
  BOOST_TEST(OverrideNote("*", "7.73", "农业嘉年华活动时间为58天") ==
             "* 单位调整得分：计算得分 7.73，说明：农业嘉年华活动时间为58天");
  BOOST_TEST(OverrideNote("*", "7.73", "") == "* 单位调整得分：计算得分 7.73");
  BOOST_TEST(GroupWithWeight("投入和管理目标", "25.00") == "投入和管理目标（25.00）");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
