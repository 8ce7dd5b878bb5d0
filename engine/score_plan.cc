#include "engine/score_plan.h"

#include <cmath>

#include "engine/aggregate.h"
#include "engine/bind.h"
#include "engine/rounding.h"
#include "indicators/value.h"

namespace jixiao {
namespace {

// A project that gives every indicator of the template a plain target and actual: binding it
// resolves each indicator's weight, method, comparator and direction exactly as for any such
// project (they do not depend on the numbers), and checks the template's points add up.
Project PlainProject(const Scorecard& card) {
  Project project;
  project.name = "plan";
  for (const std::vector<const IndicatorNode*>& chain : card.chains) {
    if (chain.back()->kind != NodeKind::kIndicator) continue;
    IndicatorEntry& entry = project.entries.emplace_back();
    entry.ref = chain.back()->id;
    entry.target = ParseValue("1");
    entry.actual = ParseValue("1");
  }
  return project;
}

}  // namespace

std::unique_ptr<ScorePlan> ScorePlan::Build(const Scorecard& card) {
  const Project project = PlainProject(card);
  const BindResult bound = BindProject(card, project);
  if (!bound.diagnostics.empty()) return nullptr;
  std::unique_ptr<ScorePlan> plan(new ScorePlan());
  std::unordered_map<const IndicatorNode*, int> index;  // the template node of each indicator
  bool covered = true;
  // Post-order walk of the bound tree: every indicator of the project, in document order.
  auto walk = [&](auto& self, const BoundNode& node) -> void {
    if (!node.is_indicator) {
      for (const BoundNode& child : node.children) self(self, child);
      plan->steps_.push_back(Step{-1, node.children.size()});
      return;
    }
    const PlainRule rule = node.method != nullptr ? FindPlainRule(node.method->kind) : nullptr;
    if (rule == nullptr || node.tmpl == nullptr || !std::isfinite(node.points) || node.points < 0)
      covered = false;
    const int i = static_cast<int>(plan->indicators_.size());
    index[node.tmpl] = i;
    plan->steps_.push_back(Step{i, 0});
    plan->indicators_.push_back(Indicator{node.id, node.path, node.points, node.comparator,
                                          node.direction, node.method, rule});
  };
  for (const BoundNode& root : bound.roots) walk(walk, root);
  if (!covered || plan->indicators_.size() != project.entries.size()) return nullptr;

  // Keys a row may name an indicator by: those binding resolves to exactly one node, which is
  // an indicator (the others are errors or paths, for the general path).
  for (const auto& [key, chains] : card.chains_by_key) {
    if (chains.size() != 1) continue;
    auto it = index.find(card.chains[chains[0]].back());
    if (it != index.end() && key.find('/') == std::string::npos)
      plan->keys_.emplace(key, it->second);
  }
  plan->rounding_ = card.tmpl.rounding;
  plan->max_total_ = card.tmpl.total;
  plan->grades_ = card.tmpl.grades;
  plan->stack_.resize(plan->steps_.size());
  return plan;
}

std::vector<std::string> ScorePlan::ids() const {
  std::vector<std::string> out;
  for (const Indicator& indicator : indicators_) out.push_back(indicator.id);
  return out;
}

int ScorePlan::Find(std::string_view key, size_t expected) const {
  if (expected < indicators_.size() && indicators_[expected].id == key)
    return static_cast<int>(expected);
  auto it = keys_.find(key);
  return it == keys_.end() ? -1 : it->second;
}

inline std::optional<PlanRow> ScorePlan::RowScore(const Indicator& ind,
                                                  const PlainValues& v) const {
  const std::optional<RawPoints> raw = ind.rule(
      *ind.method, PlainInput{ind.weight, v.target, v.actual, ind.comparator, ind.direction});
  if (!raw) return std::nullopt;
  const std::optional<double> points = ClampPoints(*raw);
  if (!points) return std::nullopt;
  return PlanRow{*points, RoundScore(*points, rounding_)};
}

bool ScorePlan::Score(std::span<const PlainValues> values, PlanScore& out, PlanRow* rows) {
  double* top = stack_.data();  // just past the last score on the stack
  for (const Step& step : steps_) {
    if (step.indicator < 0) {
      // A group's score: the exact sum of its rows' (Aggregate's SumNode).
      double* first = top - step.children;
      *first = SumRounded(std::span<const double>(first, step.children), rounding_);
      top = first + 1;
      continue;
    }
    const size_t i = static_cast<size_t>(step.indicator);
    const std::optional<PlanRow> row = RowScore(indicators_[i], values[i]);
    if (!row) return false;
    if (rows != nullptr) rows[i] = *row;
    *top++ = row->score;
  }
  out.total = SumRounded(std::span<const double>(stack_.data(), top), rounding_);
  out.grade = GradeIndex(out.total, grades_);
  return true;
}

}  // namespace jixiao
