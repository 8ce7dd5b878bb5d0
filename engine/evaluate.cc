#include "engine/evaluate.h"

#include <cmath>

#include "engine/aggregate.h"
#include "engine/bind.h"
#include "engine/rounding.h"
#include "indicators/number_text.h"
#include "indicators/validate.h"
#include "rules/rule_input.h"

namespace jixiao {
namespace {

std::string ValueText(const Value& v) { return v.raw.empty() ? "（空）" : v.raw; }

class Scorer {
 public:
  Scorer(const Scorecard& card, const Project& project, bool trace)
      : card_(card), project_(project), trace_(trace) {}

  void CollectValues(const std::vector<BoundNode>& nodes) {
    for (const BoundNode& node : nodes) {
      CollectValues(node.children);
      if (!node.is_indicator || node.tmpl == nullptr) continue;
      std::optional<double> value;
      if (node.entry != nullptr && (node.entry->actual.kind == ValueKind::kNumber ||
                                    node.entry->actual.kind == ValueKind::kDeadline))
        value = node.entry->actual.number;
      others_[node.tmpl->id] = value;
    }
  }

  // Takes the bound node's strings: the binding is not used afterwards.
  ScoreNode Score(BoundNode& bound) {
    ScoreNode node;
    node.id = std::move(bound.id);
    node.name = std::move(bound.name);
    node.path = std::move(bound.path);
    node.level = bound.level;
    node.is_indicator = bound.is_indicator;
    node.weight = bound.points;
    if (!bound.is_indicator) {
      node.children.reserve(bound.children.size());
      for (BoundNode& child : bound.children) node.children.push_back(Score(child));
      return node;
    }
    ScoreIndicator(bound, node);
    return node;
  }

 private:
  void ScoreIndicator(const BoundNode& bound, ScoreNode& node) {
    const IndicatorEntry* entry = bound.entry;
    const MethodSpec& method = *bound.method;
    const RoundingRule& rounding = card_.tmpl.rounding;
    node.method =
        std::string(RuleKindCode(method.kind)) + " " + std::string(RuleKindLabel(method.kind));
    node.method_spec = &method;
    node.comparator = bound.comparator;
    node.budget_execution = method.kind == RuleKind::kBudgetExecution;
    node.criteria = entry != nullptr && !entry->criteria.empty()
                        ? entry->criteria
                        : (bound.tmpl != nullptr ? bound.tmpl->criteria : std::string());
    if (entry != nullptr) {
      node.note = entry->note;
      node.published_score = entry->published_score;
      node.actual_text = entry->actual.raw;
    }
    if (bound.target) node.target_text = bound.target->raw;
    if (node.budget_execution) DescribeBudget(node);
    if (trace_) node.trace.push_back({"方法", node.method});

    if (entry != nullptr && entry->not_applicable) {
      node.outcome = Outcome::kNotApplicable;
      if (trace_) node.trace.push_back({"不适用", "项目数据标明该指标不适用"});
      return;
    }
    RuleInput in;
    std::string unusable = Prepare(bound, in, node);
    RuleResult result;
    if (!unusable.empty()) {
      result.outcome = Outcome::kCannotScore;
      result.reason = unusable;
    } else if (method.kind == RuleKind::kFormula) {
      result = card_.formulas.at(&method)->Evaluate(in, others_);
    } else {
      result = ApplyRule(method, in);
    }
    if (trace_) {
      if (!result.formula.empty()) node.trace.push_back({"计算", std::move(result.formula)});
      if (!result.reason.empty()) node.trace.push_back({"说明", result.reason});
    }
    node.outcome = result.outcome;
    if (result.outcome != Outcome::kScored) {
      node.findings.push_back(result.reason);
      return;
    }
    node.raw_score = result.points;
    node.score = RoundScore(result.points, rounding);
    if (trace_)
      node.trace.push_back({"舍入", TraceNumber(result.points) + " → " + Points(node.score) + "（" +
                                        DescribeRounding(rounding) + "）"});
    if (entry != nullptr && entry->override_score) {
      node.overridden = true;
      node.computed_score = node.score;
      node.score = RoundScore(*entry->override_score, rounding);
      if (trace_)
        node.trace.push_back({"调整", "单位将计算得分 " + Points(node.computed_score) + " 调整为 " +
                                          Points(node.score) + "，说明：" + entry->note});
    }
    if (node.published_score && std::fabs(*node.published_score - node.score) >= 0.005)
      node.findings.push_back("公布得分 " + FormatPublished(*node.published_score, rounding) +
                              "，按规则应为 " + Points(node.score));
    if (IsJudged(method.kind) && node.score + 1e-9 < node.weight && node.note.empty())
      node.findings.push_back("评价人扣分，但未填写偏差原因分析");  // DOMAIN.md M14
  }

  // Fills `in` from the bound indicator; returns why the values cannot be used, or "".
  std::string Prepare(const BoundNode& bound, RuleInput& in, ScoreNode& node) {
    const IndicatorEntry* entry = bound.entry;
    in.weight = bound.points;
    in.explain = trace_;
    in.comparator = bound.comparator;
    in.direction = bound.direction;
    const BudgetFigures& budget = project_.budget;
    in.budget_initial = budget.initial;
    in.budget_full_year = budget.full_year;
    in.budget_executed = budget.executed;
    if (entry != nullptr) {
      in.entered_score = entry->score;
      in.entered_band = entry->band;
      in.count = entry->count;
      in.satisfied = entry->satisfied;
    }
    const std::string& scale = bound.method->scale;
    in.scale = scale.empty() ? nullptr : FindScale(card_.tmpl, scale);

    const Value* target = bound.target;
    const Value* actual = entry != nullptr ? &entry->actual : nullptr;
    const ValueInputs read = SetTargetAndActual(target, actual, in);
    if (read.units_differ)
      return "实际完成值单位「" + actual->unit + "」与目标值单位「" + target->unit + "」不一致";
    if (!trace_) return "";
    // The trace's account of the inputs, built only when the trace is kept.
    std::string inputs = "分值 w = " + NumberText(bound.points);
    if (target != nullptr) inputs += "；目标值 A = " + ValueText(*target);
    if (actual != nullptr && actual->kind != ValueKind::kEmpty)
      inputs += "；实际完成值 B = " + ValueText(*actual);
    if (read.converted) inputs += "（折合 " + TraceNumber(*in.actual) + target->unit + "）";
    if (read.on_time) inputs += "（视为按期完成）";
    if (in.entered_score) inputs += "；评价得分 " + NumberText(*in.entered_score);
    if (!in.entered_band.empty()) inputs += "（" + in.entered_band + "）";
    node.trace.push_back({"输入", std::move(inputs)});
    return "";
  }

  void DescribeBudget(ScoreNode& node) {
    const BudgetFigures& b = project_.budget;
    if (b.full_year) node.target_text = "全年预算数 " + NumberText(*b.full_year) + b.unit;
    if (b.executed) node.actual_text = "全年执行数 " + NumberText(*b.executed) + b.unit;
  }

  std::string Points(double v) const { return FormatScore(v, card_.tmpl.rounding); }

  const Scorecard& card_;
  const Project& project_;
  bool trace_;
  IndicatorValues others_;
};

const ScoreNode* FindIn(const std::vector<ScoreNode>& nodes, std::string_view key) {
  for (const ScoreNode& node : nodes) {
    if (node.id == key || node.path == key || node.name == key) return &node;
    if (const ScoreNode* found = FindIn(node.children, key)) return found;
  }
  return nullptr;
}

}  // namespace

EvaluateResult Evaluate(const Scorecard& card, const Project& project,
                        const EvaluateOptions& options) {
  EvaluateResult result;
  BindResult bound = BindProject(card, project);
  result.diagnostics = std::move(bound.diagnostics);
  if (HasErrors(result.diagnostics)) return result;

  ScoreTree tree;
  const Template& t = card.tmpl;
  tree.stamp = TemplateStamp{t.meta.id, t.meta.name, t.meta.version, t.content_hash};
  tree.form = t.form;
  tree.rounding = t.rounding;
  tree.project = HeaderOf(project);
  Scorer scorer(card, project, options.trace);
  // Only formulas read other indicators' values.
  if (!card.formulas.empty()) scorer.CollectValues(bound.roots);
  tree.roots.reserve(bound.roots.size());
  for (BoundNode& root : bound.roots) tree.roots.push_back(scorer.Score(root));
  Aggregate(tree, t);
  result.tree = std::move(tree);
  return result;
}

const ScoreNode* FindScoreNode(const ScoreTree& tree, std::string_view key) {
  return FindIn(tree.roots, key);
}

}  // namespace jixiao
