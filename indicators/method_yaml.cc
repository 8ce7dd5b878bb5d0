#include "indicators/method_yaml.h"

#include "indicators/number_text.h"
#include "indicators/yaml_keys.h"
#include "indicators/yaml_reader.h"

namespace jixiao {
namespace {

std::optional<RuleKind> ReadKind(const YamlNode& name_node, const std::string& path,
                                 std::vector<Diagnostic>& diagnostics) {
  std::optional<RuleKind> kind = RuleKindFromName(name_node.scalar);
  if (!kind)
    ReportAt(diagnostics, name_node, "未知的评分方法「" + name_node.scalar + "」",
             "可用的方法：" + KnownMethodList(), path);
  return kind;
}

void ReadBands(const YamlNode& node, MethodSpec& spec, const std::string& path,
               std::vector<Diagnostic>& diagnostics) {
  if (!node.IsSequence()) {
    ReportAt(diagnostics, node, "bands 应是分档列表", "例如 - {from: 90, to: 100, points: 10}",
             path);
    return;
  }
  for (const auto& item : node.items) {
    MapReader r(item, "分档", kBandKeys, diagnostics, path);
    if (!r.ok()) continue;
    Band band;
    band.where = item.where;
    band.low = r.Number("from");
    band.high = r.Number("to");
    band.low_inclusive = r.Bool("from_inclusive").value_or(true);
    band.high_inclusive = r.Bool("to_inclusive").value_or(false);
    std::optional<double> points = r.Number("points");
    std::optional<double> fraction = r.Number("fraction");
    if (points && fraction)
      ReportAt(diagnostics, item, "分档不能同时写 points 和 fraction", "", path);
    if (!points && !fraction) r.Missing("points", "写该档的得分 points，或占分值的比例 fraction");
    band.fraction = fraction.has_value();
    band.points = fraction ? *fraction : points.value_or(0);
    band.raw = (band.low_inclusive ? "[" : "(") +
               (band.low ? NumberText(*band.low) : std::string("-∞")) + ", " +
               (band.high ? NumberText(*band.high) : std::string("+∞")) +
               (band.high_inclusive ? "]" : ")");
    spec.bands.push_back(band);
  }
}

void ReadItems(const YamlNode& node, MethodSpec& spec, const std::string& path,
               std::vector<Diagnostic>& diagnostics) {
  if (!node.IsSequence()) {
    ReportAt(diagnostics, node, "items 应是条款列表", "例如 - {label: 制度健全, points: 2}", path);
    return;
  }
  for (const auto& item : node.items) {
    MapReader r(item, "条款", kChecklistKeys, diagnostics, path);
    if (!r.ok()) continue;
    ChecklistItem entry;
    if (auto label = r.String("label"))
      entry.label = *label;
    else
      r.Missing("label");
    entry.points = r.Number("points").value_or(0);
    spec.items.push_back(entry);
  }
}

}  // namespace

std::string KnownMethodList() {
  std::string out;
  for (RuleKind kind : AllRuleKinds()) {
    if (!out.empty()) out += "、";
    out += std::string(RuleKindCode(kind)) + " " + std::string(RuleKindLabel(kind));
  }
  return out;
}

std::optional<MethodSpec> ReadMethodSpec(const YamlNode& node, const std::string& path,
                                         std::vector<Diagnostic>& diagnostics) {
  MethodSpec spec;
  spec.where = node.where;
  if (node.IsScalar()) {
    std::optional<RuleKind> kind = ReadKind(node, path, diagnostics);
    if (!kind) return std::nullopt;
    spec.kind = *kind;
    if (spec.kind == RuleKind::kFormula) {
      ReportAt(diagnostics, node, "公式方法需要写出公式", "写成 formula: 业绩值/目标值*权重", path);
      return std::nullopt;
    }
    return spec;
  }
  MapReader r(node, "评分方法", kMethodKeys, diagnostics, path);
  if (!r.ok()) return std::nullopt;
  const YamlNode* name = r.Get("method");
  std::optional<std::string> formula = r.String("formula");
  if (name == nullptr && !formula) {
    r.Missing("method", "可用的方法：" + KnownMethodList());
    return std::nullopt;
  }
  if (name != nullptr) {
    if (!name->IsScalar()) {
      ReportAt(diagnostics, *name, "方法名应是文本", "", path);
      return std::nullopt;
    }
    std::optional<RuleKind> kind = ReadKind(*name, path, diagnostics);
    if (!kind) return std::nullopt;
    spec.kind = *kind;
  } else {
    spec.kind = RuleKind::kFormula;
  }
  if (formula) {
    spec.formula = *formula;
    if (const YamlNode* f = r.Get("formula")) spec.where = f->TextWhere();
    if (spec.kind != RuleKind::kFormula)
      ReportAt(diagnostics, node, "只有公式方法才能写 formula", "去掉 method，或去掉 formula",
               path);
  } else if (spec.kind == RuleKind::kFormula) {
    r.Missing("formula", "例如 formula: min(业绩值/目标值, 1)*权重");
  }
  if (const YamlNode* v = r.Get("variant")) {
    const std::string& t = v->scalar;
    if (t == "R1" || t == "ratio" || t == "比例")
      spec.reverse = ReverseVariant::kRatio;
    else if (t == "R2" || t == "linear" || t == "线性")
      spec.reverse = ReverseVariant::kLinear;
    else if (t == "R3" || t == "step" || t == "阶梯")
      spec.reverse = ReverseVariant::kStep;
    else
      ReportAt(diagnostics, *v, "未知的反向变体「" + t + "」",
               "可用：R1（比例）、R2（线性）、R3（阶梯）", path);
  }
  if (auto per = r.Number("per")) spec.step_points = *per;
  if (auto step = r.Number("step")) {
    if (*step <= 0)
      ReportAt(diagnostics, *r.Get("step"), "step 必须大于 0", "", path);
    else
      spec.step_size = *step;
  }
  spec.whole_steps = r.Bool("whole_steps").value_or(false);
  if (const YamlNode* m = r.Get("measure")) {
    const std::string& t = m->scalar;
    if (t == "count" || t == "次数")
      spec.measure = DeductionMeasure::kCount;
    else if (t == "shortfall" || t == "不足")
      spec.measure = DeductionMeasure::kShortfall;
    else if (t == "excess" || t == "超出")
      spec.measure = DeductionMeasure::kExcess;
    else if (t == "actual" || t == "实际值")
      spec.band_measure = BandMeasure::kActual;
    else if (t == "ratio" || t == "完成比例")
      spec.band_measure = BandMeasure::kRatioPercent;
    else
      ReportAt(diagnostics, *m, "未知的度量「" + t + "」",
               "扣分用 count / shortfall / excess，分档用 actual / ratio", path);
  }
  if (auto floor = r.Number("floor")) spec.floor_ratio = *floor;
  if (auto rate = r.Number("rate")) spec.deduction_rate = *rate;
  if (auto tolerance = r.Number("tolerance")) spec.tolerance = *tolerance;
  if (auto cap = r.Number("cap")) spec.cap_ratio = *cap;
  if (const YamlNode* bands = r.Get("bands")) ReadBands(*bands, spec, path, diagnostics);
  if (const YamlNode* items = r.Get("items")) ReadItems(*items, spec, path, diagnostics);
  if (auto scale = r.String("scale")) {
    spec.scale = *scale;
    spec.scale_where = r.Key("scale")->where;
  }
  if (spec.kind == RuleKind::kReverse && spec.reverse == ReverseVariant::kStep &&
      spec.step_points <= 0)
    r.Missing("per", "R3 阶梯扣分需要每步扣多少分，例如 per: 0.5");
  if (spec.kind == RuleKind::kDeduction && spec.step_points <= 0)
    r.Missing("per", "扣分法需要每次扣多少分，例如 per: 0.5");
  if (spec.kind == RuleKind::kBanded && spec.bands.empty())
    r.Missing("bands", "分档法需要分档，例如 - {from: 90, to: 100, points: 10}");
  if (spec.kind == RuleKind::kChecklist && spec.items.empty())
    r.Missing("items", "条款累加需要条款列表");
  return spec;
}

}  // namespace jixiao
