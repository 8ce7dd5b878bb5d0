#include "indicators/lint.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <tuple>

#include "indicators/number_text.h"
#include "indicators/value.h"

namespace jixiao {
namespace {

bool IsMoney(const std::string& unit) {
  return !unit.empty() && ConvertUnit(1, unit, "万元").has_value();
}

// Methods that need a numeric target and actual; a text target leaves them nothing to compute.
bool IsNumericOnly(RuleKind kind) {
  switch (kind) {
    case RuleKind::kProportional:
    case RuleKind::kReverse:
    case RuleKind::kEqual:
    case RuleKind::kBanded:
    case RuleKind::kProportionalFloor:
    case RuleKind::kLinearDeduction:
      return true;
    default:
      return false;
  }
}

// Methods that give w whenever B ≥ A (or some share of A): a target of 0 always is met.
bool IsUpwardRatio(RuleKind kind) {
  return kind == RuleKind::kProportional || kind == RuleKind::kThreshold ||
         kind == RuleKind::kProportionalFloor || kind == RuleKind::kLinearDeduction;
}

std::string Method(const MethodSpec& spec) {
  return std::string(RuleKindCode(spec.kind)) + " " + std::string(RuleKindLabel(spec.kind));
}

void Warn(std::vector<Diagnostic>& out, const SourceLocation& where, const std::string& path,
          std::string message, std::string hint) {
  out.push_back(Diagnostic{Severity::kWarning, where, path, std::move(message), std::move(hint)});
}

void CheckPoints(const std::optional<double>& points, const SourceLocation& where,
                 const std::string& path, std::vector<Diagnostic>& out) {
  if (!points) return;
  double cents = *points * 100;
  if (std::fabs(cents - std::round(cents)) > 1e-6)
    Warn(out, where, path, "分值 " + NumberText(*points) + " 超过两位小数",
         "表上的分值保留两位小数，打印出来的分值相加会与总分不符；把分值调到两位小数");
}

// Checks a method as declared: on an indicator worth `points`, or on a group or as a default
// (nullopt).
void CheckSpec(const MethodSpec& spec, const std::optional<double>& points, const std::string& path,
               std::vector<Diagnostic>& out) {
  if (spec.kind == RuleKind::kThreeTier && spec.scale.empty())
    Warn(out, spec.where, path, "定性三档没有指定量表，使用内置的 达成/部分达成/未达成 三档",
         "在模板 scales 中写出量表，并在方法中写 scale: 量表名，让档次和比例写在模板里");
  for (const Band& band : spec.bands) {
    bool from_bottom = !band.low || (*band.low <= 0 && band.low_inclusive);
    bool full = band.fraction ? band.points >= 1 : points && band.points >= *points;
    if (from_bottom && full)
      Warn(out, spec.where, path, "分档 " + band.raw + " 从最低处起就给满分：实际值再低也得满分",
           "检查这一档的下限和得分（分档按顺序匹配，满分档通常在最上面）");
  }
}

// The checks of an indicator's resolved method and target.
void CheckResolved(const LintedIndicator& i, std::vector<Diagnostic>& out) {
  const MethodSpec* spec = i.method;
  if (spec == nullptr) return;
  const Value* target = i.target;
  const std::string& path = i.path;
  if (spec->kind == RuleKind::kReverse &&
      (i.comparator == Comparator::kAtLeast || i.comparator == Comparator::kMoreThan))
    Warn(out, i.where, path,
         "反向方法（" + Method(*spec) + "）用在「" + ComparatorSymbol(i.comparator).data() +
             "」目标上：实际值越高得分越低",
         "≥ 目标越高越好，用正向方法（如 M2 正向比例）；若确是越低越好，把目标写成 ≤");
  if (i.qualitative && IsNumericOnly(spec->kind))
    Warn(out, i.where, path,
         "定性目标「" + (target != nullptr ? target->raw : std::string()) + "」用数值方法 " +
             Method(*spec) + " 评分，无法计算",
         i.from_project
             ? "定性指标用 定性三档（scale: …）、定性匹配 或 人工评分：改写 "
               "method，或删去它用模板的定性方法"
             : "定性指标用 定性三档（scale: …）、定性匹配 或 人工评分，写在 qualitative_method 中");
  if (target != nullptr && target->kind == ValueKind::kNumber && target->number == 0 &&
      i.direction == Direction::kPositive && IsUpwardRatio(spec->kind))
    Warn(out, i.where, path, "正向指标的目标值为 0：任何实际值都达到目标，得满分",
         i.from_project
             ? "写出真正的目标值；若是越少越好（如投诉件数），把目标写成 ≤0"
             : "写出真正的目标值；若是越少越好（如投诉件数），把目标写成 ≤0 或设 direction: 反向");
  if (spec->kind == RuleKind::kDefaultFull)
    Warn(out, i.where, path, "默认满分（M13）：该指标不论实际值如何都得满分",
         "确认这是有意的（如“无政府采购默认得满分”），并在 criteria 中写明理由");
  if (target != nullptr && target->kind == ValueKind::kNumber &&
      path.find("成本") != std::string::npos && !IsMoney(target->unit) && target->unit != "%")
    Warn(out, i.where, path, "成本指标的目标值「" + target->raw + "」没有货币单位",
         "写明 元 或 万元（如 ≤150元）：金额不带单位时，项目数据的单位无法换算");
}

class Linter {
 public:
  Linter(const Template& t, std::vector<Diagnostic>& out) : t_(t), out_(out) {}

  void Run() {
    for (const auto* spec :
         {&t_.defaults.positive, &t_.defaults.negative, &t_.defaults.qualitative})
      if (*spec) Spec(**spec, std::nullopt, "");
    Walk(t_.roots, "");
    for (const Scale& scale : t_.scales)
      if (scale.where.file == t_.file && used_scales_.count(scale.name) == 0)
        Warn(out_, scale.where, "", "量表「" + scale.name + "」没有被任何评分方法使用",
             "删去它，或在方法中写 scale: " + scale.name + "（项目数据中的方法也可以引用它）");
  }

 private:
  void Walk(const std::vector<IndicatorNode>& nodes, const std::string& parent_path) {
    for (const IndicatorNode& node : nodes) {
      std::string path = parent_path.empty() ? node.name : parent_path + "/" + node.name;
      chain_.push_back(&node);
      CheckPoints(node.points, node.where, path, out_);
      std::optional<double> points = node.kind == NodeKind::kIndicator ? node.points : std::nullopt;
      if (node.method) Spec(*node.method, points, path);
      if (node.qualitative_method) Spec(*node.qualitative_method, points, path);
      if (node.kind == NodeKind::kIndicator) CheckResolved(Resolve(node, path), out_);
      Walk(node.children, path);
      chain_.pop_back();
    }
  }

  void Spec(const MethodSpec& spec, const std::optional<double>& points, const std::string& path) {
    if (!spec.scale.empty()) used_scales_.insert(spec.scale);
    CheckSpec(spec, points, path, out_);
  }

  LintedIndicator Resolve(const IndicatorNode& node, const std::string& path) const {
    LintedIndicator i;
    i.path = path;
    i.where = node.where;
    i.points = node.points;
    i.target = node.target ? &*node.target : nullptr;
    i.qualitative = (i.target != nullptr && i.target->kind == ValueKind::kText) ||
                    node.comparator == Comparator::kQualitative;
    i.comparator =
        node.comparator.value_or(i.target != nullptr ? i.target->comparator : Comparator::kNone);
    i.direction = ResolveDirection(chain_, i.comparator);
    i.method = ResolveMethod(t_, chain_, nullptr, i.qualitative, i.direction);
    return i;
  }

  const Template& t_;
  std::vector<Diagnostic>& out_;
  std::vector<const IndicatorNode*> chain_;
  std::set<std::string> used_scales_;
};

}  // namespace

std::vector<Diagnostic> LintTemplate(const Template& t) {
  std::vector<Diagnostic> out;
  Linter(t, out).Run();
  SortByLocation(out);
  return out;
}

void LintIndicator(const LintedIndicator& indicator, std::vector<Diagnostic>& out) {
  CheckPoints(indicator.points, indicator.where, indicator.path, out);
  if (indicator.own_method != nullptr)
    CheckSpec(*indicator.own_method, indicator.points, indicator.path, out);
  CheckResolved(indicator, out);
}

void SortByLocation(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.where.file, a.where.line, a.where.column) <
                            std::tie(b.where.file, b.where.line, b.where.column);
                   });
}

}  // namespace jixiao
