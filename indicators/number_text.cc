#include "indicators/number_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace jixiao {

std::string NumberText(double value, int max_places) {
  if (!std::isfinite(value)) return "—";
  // std::to_chars with a precision prints exactly what printf's "%.*f" does, several times faster.
  char buf[400];
  std::string s(
      buf, std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, max_places).ptr);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

}  // namespace jixiao
