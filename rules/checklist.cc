#include "rules/checklist.h"

#include <cstddef>
#include <string>
#include <vector>

#include "indicators/utf8.h"
#include "rules/result.h"

namespace jixiao {

RuleResult ScoreChecklist(const MethodSpec& spec, const RuleInput& in) {
  // Each label without its whitespace, once: the items', then each satisfied one's.
  std::vector<std::string> items;
  items.reserve(spec.items.size());
  for (const ChecklistItem& item : spec.items) items.push_back(RemoveWhitespace(item.label));
  std::vector<char> met(items.size(), 0);
  for (const std::string& satisfied : in.satisfied) {
    const std::string label = RemoveWhitespace(satisfied);
    bool known = false;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i] != label) continue;
      met[i] = 1;
      known = true;
    }
    if (!known) return CannotScore("「" + label + "」不是评分清单中的条款");
  }
  double sum = 0;
  int count = 0;
  std::string terms;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!met[i]) continue;
    sum += spec.items[i].points;
    ++count;
    if (in.explain) terms += (terms.empty() ? "" : " + ") + TraceNumber(spec.items[i].points);
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
