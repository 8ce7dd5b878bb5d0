#include "indicators/method.h"

#include <array>

#include "indicators/number_text.h"

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

namespace {

std::string Join(const std::vector<std::string>& items, std::string_view separator = "、") {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

std::string BandText(const Band& band) {
  return band.raw + " → " + NumberText(band.points) + (band.fraction ? "w" : "");
}

}  // namespace

std::vector<std::pair<std::string, std::string>> MethodParameters(const MethodSpec& m) {
  std::vector<std::pair<std::string, std::string>> p;
  auto cap = [&] { p.emplace_back("cap", NumberText(m.cap_ratio)); };
  auto steps = [&] {
    p.emplace_back("per", NumberText(m.step_points));
    p.emplace_back("step", NumberText(m.step_size));
    p.emplace_back("whole_steps", m.whole_steps ? "true" : "false");
  };
  switch (m.kind) {
    case RuleKind::kBudgetExecution:
    case RuleKind::kProportional:
      cap();
      break;
    case RuleKind::kReverse:
      p.emplace_back("variant", m.reverse == ReverseVariant::kRatio    ? "R1"
                                : m.reverse == ReverseVariant::kLinear ? "R2"
                                                                       : "R3");
      if (m.reverse == ReverseVariant::kStep) steps();
      break;
    case RuleKind::kEqual:
    case RuleKind::kThreshold:
      p.emplace_back("tolerance", NumberText(m.tolerance));
      break;
    case RuleKind::kThreeTier:
    case RuleKind::kQualitativeMatch:
      p.emplace_back("scale", m.scale);
      break;
    case RuleKind::kBanded: {
      p.emplace_back("measure", m.band_measure == BandMeasure::kActual ? "actual" : "ratio");
      std::vector<std::string> bands;
      for (const Band& band : m.bands) bands.push_back(BandText(band));
      p.emplace_back("bands", Join(bands, "；"));
      break;
    }
    case RuleKind::kDeduction:
      steps();
      p.emplace_back("measure", m.measure == DeductionMeasure::kCount       ? "count"
                                : m.measure == DeductionMeasure::kShortfall ? "shortfall"
                                                                            : "excess");
      break;
    case RuleKind::kChecklist: {
      std::vector<std::string> items;
      for (const ChecklistItem& item : m.items)
        items.push_back(item.label + " " + NumberText(item.points));
      p.emplace_back("items", Join(items));
      break;
    }
    case RuleKind::kProportionalFloor:
      p.emplace_back("floor", NumberText(m.floor_ratio));
      cap();
      break;
    case RuleKind::kLinearDeduction:
      p.emplace_back("rate", NumberText(m.deduction_rate));
      break;
    case RuleKind::kFormula:
      p.emplace_back("formula", m.formula);
      break;
    case RuleKind::kDefaultFull:
    case RuleKind::kManual:
      break;
  }
  return p;
}

std::string MethodDescription(const MethodSpec& m) {
  return MethodDescription(m, MethodParameters(m));
}

std::string MethodDescription(const MethodSpec& m,
                              const std::vector<std::pair<std::string, std::string>>& parameters) {
  std::string out = std::string(RuleKindCode(m.kind)) + " " + std::string(RuleKindLabel(m.kind));
  std::vector<std::string> params;
  for (const auto& [key, value] : parameters) params.push_back(key + " " + value);
  return params.empty() ? out : out + "（" + Join(params, "，") + "）";
}

}  // namespace jixiao
