// Calendar deadlines in targets and actuals: "12月底前完成", "6月30日前",
// "年底前", "二季度", "上半年".
#ifndef JIXIAO_INDICATORS_DEADLINE_H_
#define JIXIAO_INDICATORS_DEADLINE_H_

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// A deadline: the day of year, in a non-leap year, of the end of the named
/// period ("6月30日前" → 181, "二季度" → 181, "12月底前完成" → 365).
struct Deadline {
  int day_of_year = 0;
  std::string error;  // an impossible date: "13月底前", "2月30日前"
};

/// Recognises a deadline in `s`, a cell after NFKC with whitespace removed;
/// `label` is the cell as written, for messages. The period may follow words
/// ("于12月底前完成") and be followed by words without digits ("12月底完成全年
/// 任务"). A month needs a day or a marker (底 末 前 内): "12月" alone is a
/// number of months, not a deadline. "M月前" is read as the end of month M, as
/// the tables mean it. Returns nullopt for anything else.
std::optional<Deadline> MatchDeadline(std::string_view s, std::string_view label);

/// True when an actual value says a deadline was kept without giving a date ("按时完成",
/// "已完成"): scoring then reads it as the deadline itself. `label` is the cell without
/// whitespace.
bool SaysOnTime(std::string_view label);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_DEADLINE_H_
