#include "rules/checklist.h"

#include <algorithm>
#include <string>
#include <vector>

#include "indicators/utf8.h"
#include "rules/result.h"

namespace jixiao {

RuleResult ScoreChecklist(const MethodSpec& spec, const RuleInput& in) {
  std::vector<std::string> satisfied;
  for (const std::string& label : in.satisfied) satisfied.push_back(RemoveWhitespace(label));
  for (const std::string& label : satisfied) {
    const bool known =
        std::any_of(spec.items.begin(), spec.items.end(),
                    [&](const ChecklistItem& i) { return RemoveWhitespace(i.label) == label; });
    if (!known) return CannotScore("「" + label + "」不是评分清单中的条款");
  }
  double sum = 0;
  int count = 0;
  std::string terms;
  for (const ChecklistItem& item : spec.items) {
    const std::string label = RemoveWhitespace(item.label);
    if (std::find(satisfied.begin(), satisfied.end(), label) == satisfied.end()) continue;
    sum += item.points;
    ++count;
    if (in.explain) terms += (terms.empty() ? "" : " + ") + TraceNumber(item.points);
  }
  return Scored(sum, in.weight,
                Explain(in,
                        [&] {
                          return "Σ 满足条款的分值 = " +
                                 (count > 1 ? terms + " = " + TraceNumber(sum) : TraceNumber(sum));
                        }),
                Explain(in, [&] {
                  return "满足 " + std::to_string(count) + "/" + std::to_string(spec.items.size()) +
                         " 项条款";
                }));
}

}  // namespace jixiao
