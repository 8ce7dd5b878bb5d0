#include "indicators/decimal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

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

}  // namespace

double RoundDecimal(double value, int places, RoundingMode mode) {
  if (mode == RoundingMode::kNone || value == 0 || !std::isfinite(value)) return value;
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

bool MatchesAtPrintedPlaces(double printed, int places, double exact) {
  if (!std::isfinite(printed) || !std::isfinite(exact)) return false;
  if (std::fabs(printed - exact) <= 1e-13 * std::fabs(exact)) return true;
  places = std::clamp(places, 0, 15);
  // Two figures of `places` decimals are equal when closer than half a unit of the last place.
  return std::fabs(printed - RoundDecimal(exact, places, RoundingMode::kHalfUp)) <
         0.5 * std::pow(10.0, -places);
}

}  // namespace jixiao
