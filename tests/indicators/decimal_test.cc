#include "indicators/decimal.h"

#include <cmath>
#include <limits>
#include <ostream>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct Case {
  double value;
  int places;
  RoundingMode mode;
  double expected;
};
std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << c.value << " to " << c.places << " places, mode " << static_cast<int>(c.mode);
}

constexpr RoundingMode kUp = RoundingMode::kHalfUp;

// Exact decimal ties, whichever side of them the double lies, and the modes.
const Case kCases[] = {
    {210.7 / 400 * 100, 2, kUp, 52.68},  // 52.675, 52.674999… in binary
    {1.0008 / 16 * 100, 2, kUp, 6.26},   // 6.255, 6.254999… in binary
    {0.125, 2, kUp, 0.13},               // exact in binary: up, not to even
    {81.25, 1, kUp, 81.3},
    {41692.74 / 29520.12 * 100, 2, kUp, 141.23},  // 141.234995: no double rounding
    {-2.675, 2, kUp, -2.68},                      // the magnitude
    {0.004, 2, kUp, 0},
    {99.995, 2, kUp, 100},
    {2.665, 2, RoundingMode::kHalfEven, 2.66},
    {2.675, 2, RoundingMode::kHalfEven, 2.68},
    {7.999, 2, RoundingMode::kDown, 7.99},
    {7.733333, 2, RoundingMode::kNone, 7.733333},
    {5, 2, kUp, 5},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(decimal)

BOOST_DATA_TEST_CASE(rounds_the_decimal_value, bdata::make(kCases), c) {
  BOOST_TEST(RoundDecimal(c.value, c.places, c.mode) == c.expected);
}

BOOST_AUTO_TEST_CASE(non_finite_values_come_back_unchanged) {
  BOOST_TEST(std::isnan(RoundDecimal(std::numeric_limits<double>::quiet_NaN(), 2, kUp)));
  BOOST_TEST(RoundDecimal(HUGE_VAL, 2, kUp) == HUGE_VAL);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
