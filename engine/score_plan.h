// A scorecard compiled for batch scoring: flat arrays resolved once, evaluated straight from
// parsed numbers, without binding a project or building a ScoreTree.
#ifndef JIXIAO_ENGINE_SCORE_PLAN_H_
#define JIXIAO_ENGINE_SCORE_PLAN_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/scorecard.h"
#include "indicators/template.h"
#include "rules/rule.h"

namespace jixiao {

/// One indicator's target and actual, each a plain decimal (ParsePlainDecimal) in one unit.
struct PlainValues {
  double target = 0;
  double actual = 0;
};

/// What a plan gives a project: its total (as Evaluate's ScoreTree::total) and grade.
struct PlanScore {
  double total = 0;
  size_t grade = 0;  // index into the template's grade bands
};

/// What a plan gives one indicator, as Evaluate's ScoreNode holds it.
struct PlanRow {
  double raw_score = 0;  // the method's points, clamped to [0, w], before rounding
  double score = 0;      // rounded
};

/// An indicator of a plan as binding resolved it: what its trace lines say besides the numbers.
struct PlanIndicator {
  std::string id;
  std::string path;  // ScoreNode::path
  double weight = 0;
  Comparator comparator = Comparator::kNone;
  Direction direction = Direction::kPositive;
  const MethodSpec* method = nullptr;
  PlainRule rule = nullptr;
};

/// The template's indicators in document order, each with its weight, method, comparator and
/// direction as binding resolves them for a plain numeric target, and the group structure the
/// total is summed over. It covers a project that gives every indicator of the template exactly
/// once, by a plain target and actual, and nothing else, when every method is one with a
/// PlainRule: then Score gives exactly Evaluate's total and grade (rows rounded by RoundScore,
/// groups and the total added by SumRounded, as Aggregate does). Anything else — other methods,
/// formulas, open groups, a value the method cannot score plainly — is for the general path.
class ScorePlan {
 public:
  /// The plan of `card`, or null when its template has something the plan does not cover (a
  /// method without a PlainRule, a formula, an open group…). REQUIRES: `card` outlives the plan.
  static std::unique_ptr<ScorePlan> Build(const Scorecard& card);

  size_t indicator_count() const { return indicators_.size(); }
  /// Indicator i, in document order (the order of the ScoreTree's indicators).
  const PlanIndicator& indicator(size_t i) const { return indicators_[i]; }

  /// The indicators' ids, in order: how rows usually name them.
  std::vector<std::string> ids() const;

  /// The indicator a data row names by `key` (an id, name or alias that binding resolves to
  /// exactly one indicator), trying indicator `expected` first; -1 for anything else (a path, a
  /// group, an unknown or ambiguous name), which the general path reports or resolves.
  int Find(std::string_view key, size_t expected) const;

  /// Scores a project given `values[i]` for indicator i. False when some indicator would not be
  /// scored plainly (target 0 for M10, a result that is not finite…): the general path then
  /// scores the project and says why. Not const: it uses the plan's scratch space, so a plan
  /// belongs to one thread. REQUIRES: values.size() == indicator_count().
  /// With `rows` (indicator_count() of them), each indicator's scores are written there too.
  bool Score(std::span<const PlainValues> values, PlanScore& out, PlanRow* rows = nullptr);

  const RoundingRule& rounding() const { return rounding_; }
  double max_total() const { return max_total_; }  // the template's declared total
  const std::vector<GradeBand>& grades() const { return grades_; }

 private:
  using Indicator = PlanIndicator;
  // The score tree's shape in post-order: an indicator pushes its row score, a group replaces
  // its children's scores on the stack by their sum.
  struct Step {
    int indicator = -1;  // an indicator, or -1 for a group
    size_t children = 0;
  };
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  ScorePlan() = default;
  // An indicator's row scores, or nullopt when it does not score plainly.
  std::optional<PlanRow> RowScore(const Indicator& indicator, const PlainValues& values) const;

  std::vector<Indicator> indicators_;
  std::vector<Step> steps_;
  std::unordered_map<std::string, int, KeyHash, std::equal_to<>> keys_;
  RoundingRule rounding_;
  double max_total_ = 100;
  std::vector<GradeBand> grades_;
  std::vector<double> stack_;  // Score's scratch: a score per step at most
};

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_SCORE_PLAN_H_
