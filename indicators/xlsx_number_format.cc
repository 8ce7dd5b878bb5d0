#include "indicators/xlsx_number_format.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <string>

namespace jixiao {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (Lower(s[i]) != prefix[i]) return false;
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

NumberFormatKind ClassifyBuiltIn(int id) {
  if (id == 9 || id == 10) return NumberFormatKind::kPercent;
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) ||
      id == 57 || id == 58)
    return NumberFormatKind::kDate;
  if (id == 22) return NumberFormatKind::kDateTime;
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47 || id == 55 ||
      id == 56)
    return NumberFormatKind::kTime;
  return NumberFormatKind::kNumber;  // 46 is [h]:mm:ss, a duration
}

// A bracket's content made of h, m and s only ([h], [mm], [ss]): an elapsed-time format.
bool IsElapsed(std::string_view inside) {
  if (inside.empty()) return false;
  for (char c : inside)
    if (Lower(c) != 'h' && Lower(c) != 'm' && Lower(c) != 's') return false;
  return true;
}

// `number` × 10^shift as plain decimal text, shifting the decimal point of the digits as
// written ("0.9987778125", 2 → "99.87778125"); nullopt when `number` is not a decimal number.
std::optional<std::string> ShiftDecimalPoint(std::string_view number, int shift) {
  size_t i = 0;
  bool negative = false;
  if (i < number.size() && (number[i] == '-' || number[i] == '+')) negative = number[i++] == '-';
  std::string digits;
  long long point = -1;  // digits before the decimal point
  for (; i < number.size() && (IsDigit(number[i]) || number[i] == '.'); ++i) {
    if (number[i] != '.') {
      digits.push_back(number[i]);
    } else if (point >= 0) {
      return std::nullopt;
    } else {
      point = static_cast<long long>(digits.size());
    }
  }
  if (digits.empty()) return std::nullopt;
  if (point < 0) point = static_cast<long long>(digits.size());
  int exponent = 0;
  if (i < number.size() && (number[i] == 'e' || number[i] == 'E')) {
    ++i;
    if (i < number.size() && number[i] == '+') ++i;
    auto [end, ec] = std::from_chars(number.data() + i, number.data() + number.size(), exponent);
    if (ec != std::errc() || end == number.data() + i) return std::nullopt;
    i = static_cast<size_t>(end - number.data());
  }
  if (i != number.size() || exponent < -400 || exponent > 400) return std::nullopt;
  long long position = point + exponent + shift;  // digits before the point, once shifted
  size_t lead = digits.find_first_not_of('0');
  if (lead == std::string::npos) return std::string("0");
  digits.erase(0, lead);
  position -= static_cast<long long>(lead);
  digits.erase(digits.find_last_not_of('0') + 1);
  const long long size = static_cast<long long>(digits.size());
  std::string out = negative ? "-" : "";
  if (position <= 0)
    out += "0." + std::string(static_cast<size_t>(-position), '0') + digits;
  else if (position >= size)
    out += digits + std::string(static_cast<size_t>(position - size), '0');
  else
    out += digits.substr(0, static_cast<size_t>(position)) + "." +
           digits.substr(static_cast<size_t>(position));
  return out;
}

struct CivilDate {
  long long year = 0;
  int month = 0, day = 0;
};

// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant, "chrono-Compatible
// Low-Level Date Algorithms", civil_from_days).
CivilDate CivilFromDays(long long days) {
  days += 719468;
  const long long era = (days >= 0 ? days : days - 146096) / 146097;
  const long long doe = days - era * 146097;                                    // [0, 146096]
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const long long mp = (5 * doy + 2) / 153;                                     // [0, 11]
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

std::string DateText(const CivilDate& d) {
  return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) +
         "日";
}

// "8:30" or "8:30:15" for `seconds` since midnight.
std::string TimeText(long long seconds) {
  auto two = [](long long n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  std::string text = std::to_string(seconds / 3600) + ":" + two(seconds / 60 % 60);
  if (seconds % 60 != 0) text += ":" + two(seconds % 60);
  return text;
}

constexpr long long kDays1970From1899_12_30 = 25569;  // Excel's serial of 1970-01-01
constexpr long long kDays1970From1904_01_01 = 24107;  // the same in the 1904 date system

}  // namespace

NumberFormatKind ClassifyNumberFormat(int id, std::string_view code) {
  if (code.empty()) return ClassifyBuiltIn(id);
  bool percent = false, date = false, month = false, time = false, elapsed = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = Lower(code[i]);
    if (c == ';') break;  // only the first section, for positive numbers
    if (c == '"') {
      size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped character, a space as wide as it, or a fill character
    } else if (c == '[') {
      size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      elapsed = elapsed || IsElapsed(code.substr(i + 1, close - i - 1));
      i = close;
    } else if (StartsWithNoCase(code.substr(i), "general")) {
      i += 6;
    } else if (StartsWithNoCase(code.substr(i), "am/pm")) {
      time = true;
      i += 4;
    } else if (StartsWithNoCase(code.substr(i), "a/p")) {
      time = true;
      i += 2;
    } else if (c == 'e' && i + 1 < code.size() && (code[i + 1] == '+' || code[i + 1] == '-')) {
      ++i;  // scientific notation, 0.00E+00
    } else if (c == '%') {
      percent = true;
    } else if (c == 'y' || c == 'd' || c == 'e' || c == 'g' || c == 'a') {
      date = true;  // year, day, era year, era, weekday (aaa: 周五)
    } else if (c == 'b' && i + 1 < code.size() && (code[i + 1] == '1' || code[i + 1] == '2')) {
      date = true;  // b1, b2: Hijri and Buddhist years
    } else if (c == 'm') {
      month = true;  // a month, or minutes next to hours or seconds
    } else if (c == 'h' || c == 's') {
      time = true;
    }
  }
  if (elapsed) return NumberFormatKind::kNumber;
  if (date || (month && !time)) return time ? NumberFormatKind::kDateTime : NumberFormatKind::kDate;
  if (time) return NumberFormatKind::kTime;
  return percent ? NumberFormatKind::kPercent : NumberFormatKind::kNumber;
}

std::string NumberCellText(const std::string& number, NumberFormatKind kind, bool date1904) {
  if (kind == NumberFormatKind::kNumber) return number;
  if (kind == NumberFormatKind::kPercent) {
    std::optional<std::string> shifted = ShiftDecimalPoint(number, 2);
    return shifted ? *shifted + "%" : number;
  }
  double serial = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), serial);
  if (ec != std::errc() || end != number.data() + number.size() || !(serial >= 0) || serial >= 3e6)
    return number;
  long long days = static_cast<long long>(std::floor(serial));
  long long seconds = std::llround((serial - static_cast<double>(days)) * 86400);
  if (seconds == 86400) {
    ++days;
    seconds = 0;
  }
  if (kind == NumberFormatKind::kTime) return TimeText(seconds);
  CivilDate date;
  if (date1904) {
    date = CivilFromDays(days - kDays1970From1904_01_01);
  } else if (days == 60) {
    date = CivilDate{1900, 2, 29};  // Lotus 1-2-3's leap day, which Excel keeps
  } else if (days >= 1) {
    date = CivilFromDays(days - kDays1970From1899_12_30 + (days < 60 ? 1 : 0));
  } else {
    return number;  // 0 shows as 1900-01-00
  }
  if (date.year > 9999) return number;
  std::string text = DateText(date);
  if (kind == NumberFormatKind::kDateTime && seconds != 0) text += " " + TimeText(seconds);
  return text;
}

std::string IsoDateCellText(const std::string& iso) {
  // YYYY-MM-DD, then optionally Thh:mm[:ss[.fff]] and a zone, which is not part of the date.
  auto number = [&](size_t at, size_t width) -> std::optional<int> {
    if (at + width > iso.size()) return std::nullopt;
    int n = 0;
    for (size_t i = at; i < at + width; ++i) {
      if (!IsDigit(iso[i])) return std::nullopt;
      n = n * 10 + (iso[i] - '0');
    }
    return n;
  };
  std::optional<int> year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (!year || !month || !day || iso[4] != '-' || iso[7] != '-' || *month < 1 || *month > 12 ||
      *day < 1 || *day > 31)
    return iso;
  std::string text = DateText(CivilDate{*year, *month, *day});
  if (iso.size() == 10) return text;
  std::optional<int> hour = number(11, 2), minute = number(14, 2);
  if (iso[10] != 'T' || !hour || !minute || iso[13] != ':') return iso;
  std::optional<int> second = iso.size() > 16 && iso[16] == ':' ? number(17, 2) : 0;
  if (!second || *hour > 23 || *minute > 59 || *second > 59) return iso;
  const long long seconds = *hour * 3600LL + *minute * 60LL + *second;
  return seconds == 0 ? text : text + " " + TimeText(seconds);
}

}  // namespace jixiao
