#include "indicators/validate.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "indicators/number_text.h"

namespace jixiao {
namespace {

class Validator {
 public:
  Validator(const Template& t, std::vector<Diagnostic>& out) : t_(t), out_(out) {}

  void Run() {
    std::optional<double> sum = CheckChildren(t_.roots, "");
    if (sum && !SamePoints(*sum, t_.total))
      AddError(out_, SumWhere(),
               "一级指标分值之和为 " + NumberText(*sum) + "，不等于总分 " + NumberText(t_.total),
               "调整各一级指标的 points，使之和等于 total");
    CheckGrades();
    for (const Scale& scale : t_.scales) CheckScale(scale);
  }

 private:
  // `where` when it was written, else `otherwise`.
  static const SourceLocation& Or(const SourceLocation& where, const SourceLocation& otherwise) {
    return where.line > 0 ? where : otherwise;
  }

  // Where to fix roots that do not add up to the total: `total:` or `indicators:` (preferring
  // the one in the template's own file over an inherited one), else the file.
  const SourceLocation& SumWhere() const {
    for (const SourceLocation* where : {&t_.total_where, &t_.indicators_where})
      if (where->line > 0 && where->file == t_.file) return *where;
    return Or(t_.total_where, Or(t_.indicators_where, t_.where));
  }

  // Where to fix a group whose children do not add up: its `points:`, unless that is inherited
  // and the template's own file changed a child's points (an override).
  const SourceLocation& GroupSumWhere(const IndicatorNode& group) const {
    if (group.points_where.file != t_.file)
      for (const IndicatorNode& child : group.children)
        if (child.points_where.line > 0 && child.points_where.file == t_.file)
          return child.points_where;
    return Or(group.points_where, group.where);
  }

  // Checks `nodes` and below; returns the sum of their points when every node has points.
  std::optional<double> CheckChildren(const std::vector<IndicatorNode>& nodes,
                                      const std::string& parent_path) {
    std::map<std::string, const IndicatorNode*> names;
    double sum = 0;
    bool complete = true;
    for (const IndicatorNode& node : nodes) {
      std::string path = parent_path.empty() ? node.name : parent_path + "/" + node.name;
      chain_.push_back(&node);
      CheckId(node, path);
      if (auto [it, inserted] = names.emplace(node.name, &node); !inserted)
        AddError(out_, node.where,
                 "同一上级下有两个同名指标「" + node.name + "」（另一个在第 " +
                     std::to_string(it->second->where.line) + " 行）",
                 "改名，或合并为一个指标", path);
      std::optional<double> points = CheckNode(node, path);
      chain_.pop_back();
      if (points)
        sum += *points;
      else
        complete = false;
    }
    if (!complete) return std::nullopt;
    return sum;
  }

  std::optional<double> CheckNode(const IndicatorNode& node, const std::string& path) {
    switch (node.kind) {
      case NodeKind::kGroup: {
        if (node.children.empty()) {
          AddError(out_, node.where, "分组没有下级指标",
                   "列出 children，或写 open: true 让项目自己填三级指标", path);
          return node.points;
        }
        std::optional<double> sum = CheckChildren(node.children, path);
        if (sum && node.points && !SamePoints(*sum, *node.points))
          AddError(out_, GroupSumWhere(node),
                   "下级指标分值之和为 " + NumberText(*sum) + "，不等于本级分值 " +
                       NumberText(*node.points),
                   "调整下级指标的 points，或本级的 points", path);
        return node.points ? node.points : sum;
      }
      case NodeKind::kOpenGroup:
        if (node.target)
          AddError(out_, Or(node.target_where, node.where), "开放分组不能有目标值",
                   "目标值写在项目数据的各个三级指标上", path);
        CheckMethods(node, path);
        return node.points;
      case NodeKind::kIndicator:
        if (!node.points)
          AddError(out_, node.where, "指标缺少分值", "写出 points，例如 points: 10", path);
        CheckIndicatorMethod(node, path);
        return node.points;
    }
    return std::nullopt;
  }

  void CheckId(const IndicatorNode& node, const std::string& path) {
    auto [it, inserted] = ids_.emplace(node.id, &node);
    if (!inserted)
      AddError(out_, node.where,
               "指标编号「" + node.id + "」重复（第一次出现在第 " +
                   std::to_string(it->second->where.line) + " 行）",
               "每个指标的 id 在模板内必须唯一", path);
  }

  void CheckIndicatorMethod(const IndicatorNode& node, const std::string& path) {
    CheckMethods(node, path);
    bool qualitative = node.target && node.target->kind == ValueKind::kText;
    if (node.comparator == Comparator::kQualitative) qualitative = true;
    Comparator comparator =
        node.comparator.value_or(node.target ? node.target->comparator : Comparator::kNone);
    Direction direction = ResolveDirection(chain_, comparator);
    if (ResolveMethod(t_, chain_, nullptr, qualitative, direction) == nullptr)
      AddError(out_, node.where, "指标没有评分方法",
               "给它或它的上级写 method，或在模板 defaults 中设默认方法", path);
  }

  void CheckMethods(const IndicatorNode& node, const std::string& path) {
    for (const auto* spec : {node.method ? &*node.method : nullptr,
                             node.qualitative_method ? &*node.qualitative_method : nullptr})
      if (spec != nullptr) CheckMethod(*spec, path);
  }

  void CheckMethod(const MethodSpec& spec, const std::string& path) {
    if (!spec.scale.empty() && FindScale(t_, spec.scale) == nullptr)
      AddError(out_, Or(spec.scale_where, spec.where), "未定义的量表「" + spec.scale + "」",
               "在模板 scales 中定义它，或改用已有的量表", path);
    for (size_t i = 0; i < spec.bands.size(); ++i) {
      const Band& a = spec.bands[i];
      if (a.low && a.high && *a.low > *a.high)
        AddError(out_, Or(a.where, spec.where), "分档 " + a.raw + " 的下限大于上限", "", path);
      for (size_t j = 0; j < i; ++j)
        if (Overlap(a, spec.bands[j]))
          AddError(out_, Or(a.where, spec.where),
                   "分档 " + spec.bands[j].raw + " 与 " + a.raw + " 重叠",
                   "用 from_inclusive / to_inclusive 指明边界归属", path);
    }
  }

  static bool Overlap(const Band& a, const Band& b) {
    // a lies wholly below b, or wholly above it?
    auto below = [](const Band& x, const Band& y) {
      if (!x.high || !y.low) return false;
      if (*x.high < *y.low) return true;
      return *x.high == *y.low && !(x.high_inclusive && y.low_inclusive);
    };
    return !below(a, b) && !below(b, a);
  }

  void CheckGrades() {
    if (t_.grades.empty()) {
      AddError(out_, Or(t_.grades_where, t_.where), "没有等级",
               "写出 grades，或删去它以使用默认的 优/良/中/差");
      return;
    }
    std::map<std::string, int> labels;
    for (const GradeBand& band : t_.grades)
      if (++labels[band.label] == 2)
        AddError(out_, Or(band.where, t_.where), "等级「" + band.label + "」重复", "");
    if (t_.grades.back().min > 0)
      AddError(out_, Or(t_.grades.back().where, t_.where),
               "最低等级「" + t_.grades.back().label + "」的下限是 " +
                   NumberText(t_.grades.back().min) + "，低于它的总分没有等级",
               "把最低一档的 min 设为 0");
  }

  void CheckScale(const Scale& scale) {
    if (scale.levels.empty()) AddError(out_, scale.where, "量表「" + scale.name + "」没有档次", "");
  }

  const Template& t_;
  std::vector<Diagnostic>& out_;
  std::map<std::string, const IndicatorNode*> ids_;
  std::vector<const IndicatorNode*> chain_;
};

}  // namespace

bool SamePoints(double a, double b) { return std::fabs(a - b) < 1e-6; }

std::vector<Diagnostic> ValidateTemplate(const Template& t) {
  std::vector<Diagnostic> out;
  Validator(t, out).Run();
  return out;
}

}  // namespace jixiao
