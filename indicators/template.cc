#include "indicators/template.h"

namespace jixiao {

std::vector<GradeBand> DefaultGradeBands() {
  return {
      GradeBand{"优", {"优秀"}, 90, {}},
      GradeBand{"良", {"良好"}, 80, {}},
      GradeBand{"中", {"中等", "合格"}, 60, {}},
      GradeBand{"差", {"较差", "不合格"}, 0, {}},
  };
}

const Scale* FindScale(const Template& t, std::string_view name) {
  for (const auto& scale : t.scales)
    if (scale.name == name) return &scale;
  return nullptr;
}

Direction ResolveDirection(const std::vector<const IndicatorNode*>& chain, Comparator comparator) {
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    if ((*it)->direction) return *(*it)->direction;
  if (comparator == Comparator::kAtMost || comparator == Comparator::kLessThan)
    return Direction::kNegative;
  return Direction::kPositive;
}

const MethodSpec* ResolveMethod(const Template& t, const std::vector<const IndicatorNode*>& chain,
                                const MethodSpec* own, bool qualitative, Direction direction) {
  if (own != nullptr) return own;
  if (qualitative) {
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
      if ((*it)->qualitative_method) return &*(*it)->qualitative_method;
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    if ((*it)->method) return &*(*it)->method;
  const std::optional<MethodSpec>& fallback =
      qualitative ? t.defaults.qualitative
                  : (direction == Direction::kNegative ? t.defaults.negative : t.defaults.positive);
  return fallback ? &*fallback : nullptr;
}

const IndicatorNode* FindNodeById(const std::vector<IndicatorNode>& roots, std::string_view id) {
  for (const auto& node : roots) {
    if (node.id == id) return &node;
    if (const IndicatorNode* found = FindNodeById(node.children, id)) return found;
  }
  return nullptr;
}

IndicatorNode* FindNodeById(std::vector<IndicatorNode>& roots, std::string_view id) {
  const auto& const_roots = roots;
  return const_cast<IndicatorNode*>(FindNodeById(const_roots, id));
}

}  // namespace jixiao
