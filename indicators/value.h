// Targets and actual values as users write them: "≥90%", "52万元", "约100人", "12月底前完成",
// "合理".
#ifndef JIXIAO_INDICATORS_VALUE_H_
#define JIXIAO_INDICATORS_VALUE_H_

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// The comparator of a target (绩效指标性质). kNone when a value carries none ("100%", "52万元").
enum class Comparator {
  kNone,
  kAtLeast,      // ≥ >= 不低于 不少于 以上 (e.g. "90%以上")
  kMoreThan,     // > 高于 超过 多于
  kEqual,        // =
  kAtMost,       // ≤ <= 不超过 不高于 以内 之内 控制在…以内
  kLessThan,     // < 低于 少于
  kQualitative,  // 定性 (set by a template, never by ParseValue)
};

enum class ValueKind {
  kEmpty,  // a blank cell
  kNumber,  // a number with optional unit: "52万元", "≥90%", "约100人", "完成3个考评" (one number)
  kDeadline,  // a calendar deadline: "12月底前完成", "6月30日前", "年底前", "二季度"
  kText,      // anything else: a qualitative label such as "顺利完成", "合理", "有所提升"
};

/// A parsed cell. `raw` keeps what was written; the other fields are what jixiao read from it.
struct Value {
  std::string raw;  // trimmed input
  ValueKind kind = ValueKind::kEmpty;
  Comparator comparator = Comparator::kNone;  // from a symbol or a word; kAtMost for deadlines
  double number = 0;                          // kNumber: in `unit`; kDeadline: day of year 1–366
  std::string unit;       // "%", "万元", "元", "人次", "天", …; "" if none
  std::string qualifier;  // approximations as written: "约", "近", "左右"
  std::string text;       // kText: the label without whitespace;
                          // kNumber: the words around the number, if any
  std::string error;      // non-empty when the cell looks numeric but is
                          // malformed ("1.2.3", "≥", "1,5"); kind is kText
  int places = 0;         // kNumber: the decimals written ("99.9%" → 1, "98%" → 0)
};

/// Reads a target or actual cell. Never throws. Full-width characters (０-９, ％, ＞＝, ，) are
/// normalised first; thousands separators "3,718.81" are accepted; whitespace is ignored.
Value ParseValue(std::string_view text);

/// A 分值 or 得分 cell: one plain number, optionally followed by 分 ("2.27", "10分"); nullopt for
/// anything else (blank, "≥90%", "52万元", "优").
std::optional<double> ParsePoints(std::string_view cell);

/// Converts `amount` from unit `from` to unit `to` when both are money units (元, 千元, 万元, 亿元)
/// or both are the same unit; likewise when they differ only by a 千/万/亿 prefix over one unit
/// ("14万平方米" → 140000 平方米, 万人次 → 人次). An empty unit converts to anything unchanged
/// (a bare "52" against "52万元"). Returns nullopt for incompatible units ("人" vs "万元").
std::optional<double> ConvertUnit(double amount, std::string_view from, std::string_view to);

/// "≥", ">", "=", "≤", "<", "定性", or "" for kNone.
std::string_view ComparatorSymbol(Comparator c);

/// Parses a comparator as templates write it: "≥", ">=", "大于等于", "定性"… Returns nullopt if
/// unknown.
std::optional<Comparator> ParseComparator(std::string_view text);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_VALUE_H_
