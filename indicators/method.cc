#include "indicators/method.h"

#include <array>

namespace jixiao {
namespace {

struct KindNames {
  RuleKind kind;
  std::string_view code;
  std::string_view key;
  std::string_view label;
  std::array<std::string_view, 4> aliases;
};

// One row per method: code, English key, Chinese label, other accepted names.
constexpr KindNames kKinds[] = {
    {RuleKind::kBudgetExecution, "M1", "budget_execution", "预算执行率", {"执行率", "", "", ""}},
    {RuleKind::kProportional, "M2", "proportional", "正向比例", {"比例", "正向", "", ""}},
    {RuleKind::kReverse, "M3", "reverse", "反向", {"反向比例", "反向指标", "", ""}},
    {RuleKind::kEqual, "M4", "equal", "等于", {"等于目标", "", "", ""}},
    {RuleKind::kThreeTier, "M5", "three_tier", "定性三档", {"三档", "定性分档", "", ""}},
    {RuleKind::kBanded, "M6", "banded", "分档", {"分档计分", "区间", "", ""}},
    {RuleKind::kDeduction, "M7", "deduction", "扣分", {"扣分制", "", "", ""}},
    {RuleKind::kChecklist, "M8", "checklist", "条款累加", {"累加", "清单", "", ""}},
    {RuleKind::kThreshold, "M9", "threshold", "达标全得", {"达标得分", "全或无", "", ""}},
    {RuleKind::kProportionalFloor,
     "M10",
     "proportional_floor",
     "比例带下限",
     {"比例下限", "", "", ""}},
    {RuleKind::kLinearDeduction,
     "M11",
     "linear_deduction",
     "每降1%扣1%",
     {"按比例扣分", "线性扣分", "", ""}},
    {RuleKind::kQualitativeMatch, "M12", "qualitative_match", "定性匹配", {"定性", "", "", ""}},
    {RuleKind::kDefaultFull, "M13", "default_full", "默认满分", {"满分", "", "", ""}},
    {RuleKind::kManual, "M14", "manual", "人工评分", {"人工", "专家评分", "", ""}},
    {RuleKind::kFormula, "F", "formula", "公式", {"自定义公式", "", "", ""}},
};

const KindNames& Names(RuleKind kind) {
  for (const auto& row : kKinds)
    if (row.kind == kind) return row;
  return kKinds[0];
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace

std::optional<RuleKind> RuleKindFromName(std::string_view name) {
  for (const auto& row : kKinds) {
    if (EqualsIgnoreAsciiCase(name, row.code) || EqualsIgnoreAsciiCase(name, row.key) ||
        name == row.label)
      return row.kind;
    for (std::string_view alias : row.aliases)
      if (!alias.empty() && name == alias) return row.kind;
  }
  return std::nullopt;
}

std::vector<std::string_view> RuleKindNames(RuleKind kind) {
  const KindNames& row = Names(kind);
  std::vector<std::string_view> names = {row.code, row.key, row.label};
  for (std::string_view alias : row.aliases)
    if (!alias.empty()) names.push_back(alias);
  return names;
}

std::string_view RuleKindCode(RuleKind kind) { return Names(kind).code; }
std::string_view RuleKindLabel(RuleKind kind) { return Names(kind).label; }
std::string_view RuleKindKey(RuleKind kind) { return Names(kind).key; }

bool IsJudged(RuleKind kind) { return kind == RuleKind::kThreeTier || kind == RuleKind::kManual; }

const std::vector<RuleKind>& AllRuleKinds() {
  static const std::vector<RuleKind> kAll = [] {
    std::vector<RuleKind> all;
    for (const auto& row : kKinds) all.push_back(row.kind);
    return all;
  }();
  return kAll;
}

}  // namespace jixiao
