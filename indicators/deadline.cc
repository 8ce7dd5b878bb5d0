#include "indicators/deadline.h"

#include <array>
#include <charconv>

namespace jixiao {
namespace {

// Non-leap cumulative days; kMonthEnd[m] is the day of year of month m's end.
constexpr std::array<int, 13> kMonthEnd = {0,   31,  59,  90,  120, 151, 181,
                                           212, 243, 273, 304, 334, 365};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// starts_with, testing the word's last byte first to skip most memcmp calls.
// REQUIRES: !w.empty()
bool StartsWith(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s[w.size() - 1] == w.back() && s.compare(0, w.size(), w) == 0;
}

bool ConsumePrefix(std::string_view& s, std::string_view word) {
  if (!StartsWith(s, word)) return false;
  s.remove_prefix(word.size());
  return true;
}

bool ContainsDigit(std::string_view s) {
  for (char c : s)
    if (IsDigit(c)) return true;
  return false;
}

std::optional<int> ConsumeInt(std::string_view& s, size_t max_digits) {
  size_t n = 0;
  while (n < s.size() && n < max_digits && IsDigit(s[n])) ++n;
  if (n == 0 || (n < s.size() && IsDigit(s[n]))) return std::nullopt;
  int value = 0;
  std::from_chars(s.data(), s.data() + n, value);
  s.remove_prefix(n);
  return value;
}

// A month written in digits or in Chinese numerals (十二月).
std::optional<int> ConsumeMonthNumber(std::string_view& s) {
  if (!s.empty() && IsDigit(s[0])) return ConsumeInt(s, 2);
  constexpr std::string_view kNumerals[] = {"十二", "十一", "十", "一", "二", "三",
                                            "四",   "五",   "六", "七", "八", "九"};
  constexpr int kValues[] = {12, 11, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  for (size_t i = 0; i < std::size(kNumerals); ++i)
    if (StartsWith(s, kNumerals[i]) && StartsWith(s.substr(kNumerals[i].size()), "月")) {
      s.remove_prefix(kNumerals[i].size());
      return kValues[i];
    }
  return std::nullopt;
}

// Words after a period: "12月[月]底[之]前", "年内", "二季度末".
int ConsumeDeadlineMarkers(std::string_view& s) {
  constexpr std::string_view kMarkers[] = {"月底", "月末", "之前", "以前", "之内", "以内",
                                           "底",   "末",   "前",   "内",   "止"};
  int consumed = 0;
  for (bool again = true; again;) {
    again = false;
    for (std::string_view m : kMarkers)
      if (ConsumePrefix(s, m)) {
        ++consumed;
        again = true;
        break;
      }
  }
  return consumed;
}

// Words that may introduce a period: "于12月底前", "截至6月30日".
void ConsumeLeadWords(std::string_view& s) {
  constexpr std::string_view kLead[] = {"截止到", "截至", "截止", "力争", "计划",
                                        "预计",   "于",   "在",   "到",   "至"};
  for (bool again = true; again;) {
    again = false;
    for (std::string_view w : kLead)
      if (ConsumePrefix(s, w)) again = true;
  }
}

// Whole-year and part-year periods: "年底", "本年度内", "第二季度", "上半年".
std::optional<int> ConsumeNamedPeriod(std::string_view& s) {
  std::string_view t = s;
  for (std::string_view own : {"本", "当", "今", "全"})
    if (StartsWith(t, own) && StartsWith(t.substr(own.size()), "年")) t.remove_prefix(own.size());
  for (std::string_view w : {"年度内", "年度末", "年底", "年末", "年内", "年终"})
    if (ConsumePrefix(t, w)) {
      s = t;
      return kMonthEnd[12];
    }
  if (ConsumePrefix(s, "上半年")) return kMonthEnd[6];
  if (ConsumePrefix(s, "下半年")) return kMonthEnd[12];
  t = s;
  ConsumePrefix(t, "第");
  constexpr std::string_view kQuarters[] = {"一", "二", "三", "四", "1", "2", "3", "4"};
  for (size_t i = 0; i < std::size(kQuarters); ++i) {
    std::string_view u = t;
    if (ConsumePrefix(u, kQuarters[i]) && ConsumePrefix(u, "季度")) {
      s = u;
      return kMonthEnd[3 * (i % 4 + 1)];
    }
  }
  return std::nullopt;
}

// "6月30日", "12月底", "十二月末": a month, then a day or at least one marker.
std::optional<Deadline> ConsumeMonthDeadline(std::string_view& s, std::string_view label) {
  std::string_view t = s;
  std::optional<int> month = ConsumeMonthNumber(t);
  if (!month || !ConsumePrefix(t, "月")) return std::nullopt;
  ConsumePrefix(t, "份");
  std::optional<int> day;
  std::string_view u = t;
  if (std::optional<int> d = ConsumeInt(u, 2);
      d && (ConsumePrefix(u, "日") || ConsumePrefix(u, "号"))) {
    day = d;
    t = u;
    ConsumeDeadlineMarkers(t);
  } else if (ConsumeDeadlineMarkers(t) == 0) {
    return std::nullopt;
  }
  s = t;
  Deadline d;
  if (*month < 1 || *month > 12) {
    d.error = "「" + std::string(label) + "」的月份 " + std::to_string(*month) + " 不存在";
  } else if (day) {
    int days = kMonthEnd[static_cast<size_t>(*month)] - kMonthEnd[static_cast<size_t>(*month - 1)];
    if (*day < 1 || *day > days)
      d.error = "「" + std::string(label) + "」的日期不存在：" + std::to_string(*month) +
                " 月只有 " + std::to_string(days) + " 天";
    else
      d.day_of_year = kMonthEnd[static_cast<size_t>(*month - 1)] + *day;
  } else {
    d.day_of_year = kMonthEnd[static_cast<size_t>(*month)];
  }
  return d;
}

}  // namespace

std::optional<Deadline> MatchDeadline(std::string_view s, std::string_view label) {
  if (s.find("月") == std::string_view::npos && s.find("年") == std::string_view::npos &&
      s.find("季度") == std::string_view::npos)
    return std::nullopt;
  ConsumeLeadWords(s);
  std::string_view t = s;
  if (std::optional<int> day = ConsumeNamedPeriod(t)) {
    ConsumeDeadlineMarkers(t);
    if (!ContainsDigit(t)) return Deadline{*day, {}};
    return std::nullopt;
  }
  size_t first_digit = 0;
  while (first_digit < s.size() && !IsDigit(s[first_digit])) ++first_digit;
  if (first_digit == s.size()) first_digit = 0;  // a month in Chinese numerals, at the start
  t = s.substr(first_digit);
  // "2022年12月底前", "2022年底前": a year in front of the period.
  if (t.size() > 4 && IsDigit(t[0]) && IsDigit(t[1]) && IsDigit(t[2]) && IsDigit(t[3]) &&
      StartsWith(t.substr(4), "年")) {
    std::string_view period = t.substr(4);
    if (std::optional<int> day = ConsumeNamedPeriod(period)) {
      ConsumeDeadlineMarkers(period);
      if (!ContainsDigit(period)) return Deadline{*day, {}};
      return std::nullopt;
    }
    t = period.substr(std::string_view("年").size());
  }
  std::optional<Deadline> d = ConsumeMonthDeadline(t, label);
  if (!d || ContainsDigit(t)) return std::nullopt;
  return d;
}

bool SaysOnTime(std::string_view label) {
  for (std::string_view s : {"按时完成", "按期完成", "如期完成", "已按时完成", "已按期完成", "按时",
                             "及时完成", "已完成", "完成"})
    if (label == s) return true;
  return false;
}

}  // namespace jixiao
