// 评分标准 prose → a scoring method: "业绩值≥200篇得满分，＜200篇得0分" is M9 with target ≥200篇.
// A small grammar over the phrase families of published tables (DOMAIN.md §5), not one pattern
// per example: the text is split into clauses, each clause is read as condition + outcome, and the
// clause kinds together decide the method. Text it cannot read is reported, never guessed.
#ifndef JIXIAO_RULES_CRITERIA_TEXT_H_
#define JIXIAO_RULES_CRITERIA_TEXT_H_

#include <optional>
#include <string>
#include <string_view>

#include "indicators/method.h"
#include "indicators/value.h"

namespace jixiao {

/// What a 评分标准 text says.
struct ParsedCriteria {
  bool recognised = false;
  MethodSpec method;                 // when recognised
  std::optional<Value> rule_target;  // the target the text itself names: "≥200篇", "4301万元",
                                     // "合理"; nullopt when it relies on the row's 年度指标值
  std::string summary;  // the reading, in Chinese, for `jixiao rules parse`
  std::string problem;  // when not recognised: why, quoting the clause
  std::string text;     // as given
};

/// Reads one 评分标准 cell. Never throws; never guesses: contradictory or unknown clauses give
/// recognised == false with `problem` set.
ParsedCriteria ParseCriteria(std::string_view text);

}  // namespace jixiao

#endif  // JIXIAO_RULES_CRITERIA_TEXT_H_
