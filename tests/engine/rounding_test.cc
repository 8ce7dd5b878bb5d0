#include "engine/rounding.h"

#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace bdata = boost::unit_test::data;

namespace jixiao {
namespace {

struct Case {
  double value;
  int places;
  double expected;
};
std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << c.value << " to " << c.places << " places";
}

// Half-up on the decimal value, as the published tables round.
const std::vector<Case> kHalfUp = {
    {21.9 / 0.2, 0, 110},  // 109.49999999999999 in binary: the decimal 109.5
    {2.675, 2, 2.68},      // 2.67499999999999982236431605997495353221893310546875
    {1.005, 2, 1.01},
    {10 * 159.80445 / 160, 2, 9.99},  // Beijing 农业嘉年华 M1
    {10 * 0.9978, 2, 9.98},           // 消费扶贫营销推广 99.78%
    {2.73 * 26 / 50, 2, 1.42},        // Shenzhen M10
    {2.27 * 0.7893, 2, 1.79},         // Shenzhen M11
    {141.234995, 2, 141.23},          // no double rounding through 141.235
    {0.004999, 2, 0},
    {0.005, 2, 0.01},
    {8 * 58.0 / 60, 2, 7.73},
    {99.995, 2, 100},
    {7.111111111, 2, 7.11},
    {5, 2, 5},
    {0, 2, 0},
    {123456.785, 2, 123456.79},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(rounding)

BOOST_DATA_TEST_CASE(half_up_rounds_the_decimal_value, bdata::make(kHalfUp), c) {
  BOOST_TEST(RoundScore(c.value, RoundingRule{RoundingMode::kHalfUp, c.places}) == c.expected);
}

BOOST_AUTO_TEST_CASE(half_even_and_down) {
  BOOST_TEST(RoundScore(2.665, RoundingRule{RoundingMode::kHalfEven, 2}) == 2.66);
  BOOST_TEST(RoundScore(2.675, RoundingRule{RoundingMode::kHalfEven, 2}) == 2.68);
  BOOST_TEST(RoundScore(2.6651, RoundingRule{RoundingMode::kHalfEven, 2}) == 2.67);
  BOOST_TEST(RoundScore(7.7333, RoundingRule{RoundingMode::kDown, 0}) == 7);
  BOOST_TEST(RoundScore(7.999, RoundingRule{RoundingMode::kDown, 2}) == 7.99);
}

BOOST_AUTO_TEST_CASE(none_leaves_the_value) {
  BOOST_TEST(RoundScore(7.733333, RoundingRule{RoundingMode::kNone, 2}) == 7.733333);
}

BOOST_AUTO_TEST_CASE(sums_of_rounded_rows_are_exact) {
  RoundingRule rule;
  BOOST_TEST(SumRounded(std::vector<double>{9.99, 88}, rule) == 97.99);
  BOOST_TEST(SumRounded(std::vector<double>{0.1, 0.2}, rule) == 0.3);
  std::vector<double> shenzhen(14, 1.76);
  BOOST_TEST(SumRounded(shenzhen, rule) == 24.64);
}

BOOST_AUTO_TEST_CASE(descriptions) {
  BOOST_TEST(DescribeRounding(RoundingRule{}) == "四舍五入保留2位小数");
  BOOST_TEST(DescribeRounding(RoundingRule{RoundingMode::kNone, 2}) == "不舍入");
  BOOST_TEST(DisplayPlaces(RoundingRule{RoundingMode::kNone, 2}) == 4);
}

// A running sum is SumRounded of what was added, to the bit, rounded or not.
BOOST_AUTO_TEST_CASE(rounded_sum_one_at_a_time_equals_sum_rounded) {
  std::vector<double> scores;
  for (int i = 0; i < 1000; ++i) scores.push_back((i % 7) * 1.11 + (i % 3) * 0.01 - (i % 5) * 0.1);
  for (const RoundingRule& rule :
       {RoundingRule{RoundingMode::kHalfUp, 2}, RoundingRule{RoundingMode::kNone, 0}}) {
    RoundedSum sum(rule);
    for (double s : scores) sum.Add(s);
    BOOST_TEST(sum.value() == SumRounded(scores, rule));
  }
  RoundedSum none(RoundingRule{RoundingMode::kHalfUp, 2});
  BOOST_TEST(none.value() == 0);
  none.Add(9.99);
  none.Add(88);
  BOOST_TEST(none.value() == 97.99);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
