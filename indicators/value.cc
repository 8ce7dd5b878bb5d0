#include "indicators/value.h"

#include <charconv>

#include "indicators/deadline.h"
#include "indicators/utf8.h"

namespace jixiao {
namespace {

struct ComparatorWord {
  std::string_view word;
  Comparator comparator;
};

// Comparators written before a number, longest first so that "不超过" wins over
// "超过".
constexpr ComparatorWord kPrefixComparators[] = {
    {"大于或等于", Comparator::kAtLeast}, {"小于或等于", Comparator::kAtMost},
    {"大于等于", Comparator::kAtLeast},   {"小于等于", Comparator::kAtMost},
    {"不低于", Comparator::kAtLeast},     {"不少于", Comparator::kAtLeast},
    {"不小于", Comparator::kAtLeast},     {"不超过", Comparator::kAtMost},
    {"不高于", Comparator::kAtMost},      {"不大于", Comparator::kAtMost},
    {"不多于", Comparator::kAtMost},      {"控制在", Comparator::kAtMost},
    {"至少", Comparator::kAtLeast},       {"大于", Comparator::kMoreThan},
    {"高于", Comparator::kMoreThan},      {"超过", Comparator::kMoreThan},
    {"多于", Comparator::kMoreThan},      {"等于", Comparator::kEqual},
    {"小于", Comparator::kLessThan},      {"低于", Comparator::kLessThan},
    {"少于", Comparator::kLessThan},      {">=", Comparator::kAtLeast},
    {"=>", Comparator::kAtLeast},         {"<=", Comparator::kAtMost},
    {"=<", Comparator::kAtMost},          {"==", Comparator::kEqual},
    {"≥", Comparator::kAtLeast},          {"≧", Comparator::kAtLeast},
    {"≤", Comparator::kAtMost},           {"≦", Comparator::kAtMost},
    {">", Comparator::kMoreThan},         {"=", Comparator::kEqual},
    {"<", Comparator::kLessThan},
};

// Comparators written after a number and its unit: "90%以上", "30天之内".
constexpr ComparatorWord kSuffixComparators[] = {
    {"及以上", Comparator::kAtLeast}, {"或以上", Comparator::kAtLeast},
    {"及以下", Comparator::kAtMost},  {"或以下", Comparator::kAtMost},
    {"以上", Comparator::kAtLeast},   {"以内", Comparator::kAtMost},
    {"之内", Comparator::kAtMost},    {"以下", Comparator::kAtMost},
};

// Approximations, kept verbatim in Value::qualifier.
constexpr std::string_view kPrefixQualifiers[] = {"大约", "接近", "将近", "约", "近"};
constexpr std::string_view kSuffixQualifiers[] = {"左右", "上下"};
constexpr std::string_view kAfterNumberQualifiers[] = {"余", "多"};  // "50余人"

// Units recognised after a number (the longest match wins). Others are read by
// UnitLength.
constexpr std::string_view kUnits[] = {
    "万平方米", "平方公里", "个工作日", "万人次", "平方米", "立方米", "工作日", "万元", "亿元",
    "千元",     "人次",     "万人",     "万户",   "省市",   "个月",   "小时",   "公里", "千米",
    "公顷",     "千克",     "公斤",     "课时",   "学时",   "%",      "‰",      "元",   "人",
    "户",       "个",       "家",       "篇",     "场",     "次",     "天",     "日",   "月",
    "年",       "周",       "省",       "市",     "县",     "村",     "集",     "块",   "部",
    "批",       "项",       "所",       "台",     "套",     "件",     "册",     "本",   "份",
    "期",       "处",       "座",       "条",     "名",     "位",     "辆",     "亩",   "吨",
    "米",       "分",       "页",       "张",     "幅",     "组",     "类",     "种",   "轮",
    "班",       "节",       "株",       "头",     "只",     "间",     "栋",
};

// Units that cannot stand alone as a label: a cell holding only one of them
// lacks its number.
constexpr std::string_view kBareUnitErrors[] = {"%", "‰", "元", "千元", "万元", "亿元"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// starts_with and ends_with that test the word's last byte first: most of the
// candidates in the tables below fail there, without a memcmp call.
// REQUIRES: !w.empty()
bool StartsWith(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s[w.size() - 1] == w.back() && s.compare(0, w.size(), w) == 0;
}

bool EndsWith(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.back() == w.back() &&
         s.compare(s.size() - w.size(), w.size(), w) == 0;
}

bool ConsumePrefix(std::string_view& s, std::string_view word) {
  if (!StartsWith(s, word)) return false;
  s.remove_prefix(word.size());
  return true;
}

bool ConsumeSuffix(std::string_view& s, std::string_view word) {
  if (!EndsWith(s, word)) return false;
  s.remove_suffix(word.size());
  return true;
}

size_t CodePointLength(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return n <= s.size() ? n : s.size();
}

// Punctuation that ends a unit: ASCII symbols other than '%' and the common CJK
// marks.
bool IsPunctuationAt(std::string_view s) {
  if (s.empty()) return false;
  char c = s[0];
  if (static_cast<unsigned char>(c) < 0x80) return !IsAsciiLetter(c) && !IsDigit(c) && c != '%';
  for (std::string_view p : {"、", "。", "“", "”", "‘", "’", "《", "》", "【", "】", "…", "—"})
    if (StartsWith(s, p)) return true;
  return false;
}

std::optional<Comparator> MatchComparator(std::string_view word) {
  for (const auto& c : kPrefixComparators)
    if (c.word == word) return c.comparator;
  return std::nullopt;
}

struct NumberSpan {
  size_t begin = 0;
  size_t end = 0;
};

// Finds digit runs with their separators ("3,718.81" is one, "1.2.3" too,
// checked later); returns the first and sets `count` to how many there are.
NumberSpan FindNumbers(std::string_view s, int& count) {
  NumberSpan first;
  count = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsDigit(s[i])) {
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    while (i + 1 < s.size() && (s[i] == ',' || s[i] == '.') && IsDigit(s[i + 1])) {
      ++i;
      while (i < s.size() && IsDigit(s[i])) ++i;
    }
    if (count++ == 0) first = NumberSpan{begin, i};
  }
  return first;
}

// The digits after the decimal point of "3,718.81" (2); 0 without one.
int DecimalPlaces(std::string_view digits) {
  size_t dot = digits.find('.');
  return dot == std::string_view::npos ? 0 : static_cast<int>(digits.size() - dot - 1);
}

// Parses "3,718.81"; sets `error` for "1,5" and "1.2.3".
double ParseDecimal(std::string_view digits, std::string& error) {
  std::string plain;
  plain.reserve(digits.size());
  int dots = 0;
  size_t group = 0;  // digits since the last comma
  bool comma_seen = false;
  bool bad_comma = false;
  for (size_t i = 0; i < digits.size(); ++i) {
    char c = digits[i];
    if (c == ',') {
      if (dots > 0 || (comma_seen ? group != 3 : group > 3)) bad_comma = true;
      comma_seen = true;
      group = 0;
      continue;
    }
    if (c == '.') {
      if (comma_seen && group != 3) bad_comma = true;
      ++dots;
      comma_seen = false;
    } else if (dots == 0) {
      ++group;
    }
    plain.push_back(c);
  }
  if (comma_seen && group != 3) bad_comma = true;
  if (bad_comma) {
    error = "数值「" + std::string(digits) +
            "」的逗号不是千分位：千分位逗号后应有三位数字，小数请用小数点";
    return 0;
  }
  if (dots > 1) {
    error = "数值「" + std::string(digits) + "」有 " + std::to_string(dots) + " 个小数点";
    return 0;
  }
  double value = 0;
  std::from_chars(plain.data(), plain.data() + plain.size(), value);
  return value;
}

// Length of the unit at the start of `s`: the longest known unit, a run of
// ASCII letters ("kg"), or one other character that is neither punctuation nor
// the start of a suffix word.
size_t UnitLength(std::string_view s) {
  size_t longest = 0;
  for (std::string_view u : kUnits)
    if (u.size() > longest && StartsWith(s, u)) longest = u.size();
  if (longest > 0) return longest;
  if (s.empty() || IsPunctuationAt(s) || IsDigit(s[0])) return 0;
  if (IsAsciiLetter(s[0])) {
    size_t n = 0;
    while (n < s.size() && IsAsciiLetter(s[n])) ++n;
    return n;
  }
  for (const auto& c : kSuffixComparators)
    if (StartsWith(s, c.word)) return 0;
  for (std::string_view q : kSuffixQualifiers)
    if (StartsWith(s, q)) return 0;
  if (StartsWith(s, "内")) return 0;
  return CodePointLength(s);
}

// True when the 约 or 近 ending `prefix` belongs to a word: "节约", "最近".
bool EndsWithWordOf(std::string_view prefix, std::string_view qualifier) {
  constexpr std::string_view kWords[] = {"节约", "制约", "预约", "简约", "合约",
                                         "签约", "履约", "契约", "最近", "附近",
                                         "临近", "就近", "邻近", "靠近", "亲近"};
  for (std::string_view w : kWords)
    if (EndsWith(w, qualifier) && EndsWith(prefix, w)) return true;
  return false;
}

// Strips comparator and qualifier words from the end of the text before the
// number.
void ReadPrefix(std::string_view& prefix, Value& v) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view q : kPrefixQualifiers)
      if (v.qualifier.empty() && !EndsWithWordOf(prefix, q) && ConsumeSuffix(prefix, q)) {
        v.qualifier = std::string(q);
        again = true;
      }
    for (const auto& c : kPrefixComparators)
      if (v.comparator == Comparator::kNone && ConsumeSuffix(prefix, c.word)) {
        v.comparator = c.comparator;
        again = true;
        break;
      }
  }
}

// Reads unit, suffix comparators and qualifiers after the number; returns the
// words left over.
std::string_view ReadSuffix(std::string_view rest, Value& v) {
  for (std::string_view q : kAfterNumberQualifiers)
    if (v.qualifier.empty() && !StartsWith(rest, "多于") && ConsumePrefix(rest, q))
      v.qualifier = std::string(q);
  size_t n = UnitLength(rest);
  if (n > 0 && StartsWith(rest.substr(n), "/")) {  // "次/年", "元/人"
    size_t m = UnitLength(rest.substr(n + 1));
    if (m > 0) n += 1 + m;
  }
  v.unit = std::string(rest.substr(0, n));
  rest.remove_prefix(n);
  for (bool again = true; again;) {
    again = false;
    if (ConsumePrefix(rest, "(含)")) again = true;
    for (const auto& c : kSuffixComparators)
      if (ConsumePrefix(rest, c.word)) {
        if (v.comparator != Comparator::kNone && v.comparator != c.comparator)
          v.error = "「" + v.raw + "」前后写了两个不同的比较符";
        v.comparator = c.comparator;
        again = true;
        break;
      }
    // A bare "内" only at the end or before "完成": "30天内", not "3个内容".
    if (std::string_view r = rest;
        ConsumePrefix(r, "内") && (r.empty() || IsPunctuationAt(r) || StartsWith(r, "完成"))) {
      if (v.comparator != Comparator::kNone && v.comparator != Comparator::kAtMost)
        v.error = "「" + v.raw + "」前后写了两个不同的比较符";
      v.comparator = Comparator::kAtMost;
      rest = r;
      again = true;
    }
    for (std::string_view q : kSuffixQualifiers)
      if (v.qualifier.empty() && ConsumePrefix(rest, q)) {
        v.qualifier = std::string(q);
        again = true;
      }
  }
  return rest;
}

void SetError(Value& v, std::string error) {
  v = Value{std::move(v.raw),  ValueKind::kText, Comparator::kNone, 0, {}, {},
            std::move(v.text), std::move(error)};
}

// A cell without digits: a qualitative label, or a comparator or unit whose
// number is missing.
void ReadWords(std::string_view s, Value& v) {
  v.kind = ValueKind::kText;
  v.text = std::string(s);
  std::string_view t = s;
  bool comparator = false;
  for (const auto& c : kPrefixComparators)
    if (ConsumePrefix(t, c.word)) {
      comparator = true;
      break;
    }
  for (std::string_view q : kPrefixQualifiers)
    if (ConsumePrefix(t, q)) break;
  bool unit_only = t.empty();
  for (std::string_view u : kUnits) unit_only = unit_only || t == u;
  bool bare_unit = false;
  for (std::string_view u : kBareUnitErrors) bare_unit = bare_unit || s == u;
  if (comparator && unit_only)
    v.error = "「" + v.raw + "」的比较符后缺少数值";
  else if (bare_unit)
    v.error = "「" + v.raw + "」只有单位，缺少数值";
}

// True when `s` is valid UTF-8 that NFKC leaves as it is: ASCII, CJK
// ideographs U+4000–U+9FFF (lead bytes E4–E9) and a few symbols the tables
// use. Most cells pass, and skip utf8proc.
bool IsNfkcStable(std::string_view s) {
  constexpr std::string_view kStableSymbols[] = {"≥", "≤", "‰", "、", "。", "《", "》", "“", "”"};
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (i + 3 > s.size()) return false;
    auto continuation = [&](size_t k) { return (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
    if (!continuation(i + 1) || !continuation(i + 2)) return false;
    bool stable = c >= 0xE4 && c <= 0xE9;
    for (std::string_view symbol : kStableSymbols) stable = stable || s.compare(i, 3, symbol) == 0;
    if (!stable) return false;
    i += 3;
  }
  return true;
}

// Normalises for parsing: NFKC (skipped where it is the identity), then no
// whitespace.
std::string Normalize(std::string_view s) {
  if (IsNfkcStable(s)) return RemoveWhitespace(s);
  return RemoveWhitespace(NormalizeNfkc(s));
}

}  // namespace

namespace {

// Digits with an optional fraction ("54", "49.56"), the bulk of batch data; nullopt for
// anything else, which takes the general path.
std::optional<double> PlainDecimal(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == 0 || i > 15) return std::nullopt;
  if (i < s.size()) {
    if (s[i] != '.' || i + 1 == s.size()) return std::nullopt;
    for (size_t k = i + 1; k < s.size(); ++k)
      if (s[k] < '0' || s[k] > '9') return std::nullopt;
  }
  double value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

}  // namespace

Value ParseValue(std::string_view text) {
  Value v;
  std::string_view trimmed = Trim(text);
  v.raw = std::string(trimmed);
  if (trimmed.empty()) return v;
  if (std::optional<double> plain = PlainDecimal(trimmed)) {
    v.kind = ValueKind::kNumber;
    v.number = *plain;
    v.places = DecimalPlaces(trimmed);
    return v;
  }
  if (!IsNfkcStable(trimmed) && FindInvalidUtf8(trimmed) != std::string_view::npos) {
    SetError(v, "不是有效的 UTF-8 文本（可能是 GBK 编码）");
    return v;
  }
  const std::string work = Normalize(trimmed);
  std::string_view s = work;

  if (std::optional<Deadline> d = MatchDeadline(s, v.raw)) {
    if (!d->error.empty()) {
      v.text = work;
      SetError(v, std::move(d->error));
      return v;
    }
    v.kind = ValueKind::kDeadline;
    v.comparator = Comparator::kAtMost;
    v.number = d->day_of_year;
    v.unit = "日";
    return v;
  }

  int count = 0;
  const NumberSpan span = FindNumbers(s, count);
  if (count > 1) {  // a range or a sentence: a label
    v.kind = ValueKind::kText;
    v.text = work;
    return v;
  }
  if (count == 0) {
    ReadWords(s, v);
    if (!v.error.empty()) SetError(v, std::move(v.error));
    return v;
  }

  std::string_view prefix = s.substr(0, span.begin);
  bool negative = false;
  if (ConsumeSuffix(prefix, "-") || ConsumeSuffix(prefix, "−")) {
    negative = true;
  } else {
    ConsumeSuffix(prefix, "+");
  }
  std::string error;
  const std::string_view digits = s.substr(span.begin, span.end - span.begin);
  double number = ParseDecimal(digits, error);
  if (!error.empty()) {
    v.text = work;
    SetError(v, std::move(error));
    return v;
  }
  v.kind = ValueKind::kNumber;
  v.number = negative ? -number : number;
  v.places = DecimalPlaces(digits);
  ReadPrefix(prefix, v);
  std::string_view rest = ReadSuffix(s.substr(span.end), v);
  if (!prefix.empty() || !rest.empty()) v.text = work;
  if (!v.error.empty()) SetError(v, std::move(v.error));
  return v;
}

std::optional<double> ConvertUnit(double amount, std::string_view from, std::string_view to) {
  if (from == to || from.empty() || to.empty()) return amount;
  // Scale prefixes over a shared base unit: 万元 → 元, 万平方米 → 平方米, 亿元
  // → 万元.
  struct Scaled {
    double factor;
    std::string_view base;
  };
  auto split = [](std::string_view u) {
    constexpr std::pair<std::string_view, double> kPrefixes[] = {
        {"亿", 1e8}, {"万", 1e4}, {"千", 1e3}};
    for (const auto& [p, f] : kPrefixes)
      if (u.size() > p.size() && StartsWith(u, p)) return Scaled{f, u.substr(p.size())};
    return Scaled{1, u};
  };
  Scaled a = split(from);
  Scaled b = split(to);
  if (a.base != b.base) return std::nullopt;
  // Multiply or divide by an exact integer ratio so that 52万元 → 520000元 is
  // exact.
  if (a.factor >= b.factor) return amount * (a.factor / b.factor);
  return amount / (b.factor / a.factor);
}

std::optional<double> ParsePoints(std::string_view cell) {
  Value v = ParseValue(cell);
  if (v.kind != ValueKind::kNumber || !v.error.empty() || !v.text.empty() || !v.qualifier.empty() ||
      v.comparator != Comparator::kNone || !(v.unit.empty() || v.unit == "分"))
    return std::nullopt;
  return v.number;
}

std::string_view ComparatorSymbol(Comparator c) {
  switch (c) {
    case Comparator::kNone:
      return "";
    case Comparator::kAtLeast:
      return "≥";
    case Comparator::kMoreThan:
      return ">";
    case Comparator::kEqual:
      return "=";
    case Comparator::kAtMost:
      return "≤";
    case Comparator::kLessThan:
      return "<";
    case Comparator::kQualitative:
      return "定性";
  }
  return "";
}

std::optional<Comparator> ParseComparator(std::string_view text) {
  std::string s = Normalize(Trim(text));
  if (s.empty()) return Comparator::kNone;
  if (s == "定性") return Comparator::kQualitative;
  return MatchComparator(s);
}

}  // namespace jixiao
