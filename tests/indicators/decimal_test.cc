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

struct Printed {
  double printed;
  int places;
  double exact;
  bool matches;
};
std::ostream& operator<<(std::ostream& os, const Printed& c) {
  return os << c.printed << " (" << c.places << " places) for " << c.exact;
}

// A printed figure against the exact one, at the printed number of decimals.
const Printed kPrinted[] = {
    {98, 0, 98.37, true},  // 98% for 98.37%
    {98, 0, 98.6, false},  // 98.6% rounds to 99%
    {99, 0, 98.6, true},
    {99.88, 2, 99.8778, true},   // 99.88% for 99.8778%
    {99.9, 1, 99.8778, true},    // 99.9% too
    {99.87, 2, 99.8778, false},  // cut, not rounded
    {99.878, 3, 99.8778, true},
    {99.8778, 4, 99.8778, true},
    {99.88, 4, 99.8778, false},           // 99.8800 states four decimals
    {53, 0, 52.5, true},                  // half-up
    {52.68, 2, 210.7 / 400 * 100, true},  // 52.675, 52.674999… in binary
    {52.67, 2, 210.7 / 400 * 100, false},
    {100, 0, 99.5, true},
    {100, 2, 99.995, true},
    {99.87778125, 8, 639.2178 / 640 * 100, true},      // a workbook's 0.9987778125 as 0.00%
    {98.3705882352941, 13, 668.92 / 680 * 100, true},  // a stored quotient: 15 digits
    {98.3705882352942, 13, 668.92 / 680 * 100, true},  // its last digit off by binary noise
    {98.3705882353941, 13, 668.92 / 680 * 100, false},
    {0, 0, 0, true},
    {0, 0, 0.4, true},
    {141.23, 2, 41692.74 / 29520.12 * 100, true},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(decimal)

BOOST_DATA_TEST_CASE(a_printed_figure_is_checked_at_its_own_decimals, bdata::make(kPrinted), c) {
  BOOST_TEST(MatchesAtPrintedPlaces(c.printed, c.places, c.exact) == c.matches);
}

BOOST_AUTO_TEST_CASE(non_finite_figures_never_match) {
  BOOST_TEST(!MatchesAtPrintedPlaces(std::numeric_limits<double>::quiet_NaN(), 2, 1));
  BOOST_TEST(!MatchesAtPrintedPlaces(1, 2, HUGE_VAL));
}

BOOST_DATA_TEST_CASE(rounds_the_decimal_value, bdata::make(kCases), c) {
  BOOST_TEST(RoundDecimal(c.value, c.places, c.mode) == c.expected);
}

BOOST_AUTO_TEST_CASE(non_finite_values_come_back_unchanged) {
  BOOST_TEST(std::isnan(RoundDecimal(std::numeric_limits<double>::quiet_NaN(), 2, kUp)));
  BOOST_TEST(RoundDecimal(HUGE_VAL, 2, kUp) == HUGE_VAL);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
