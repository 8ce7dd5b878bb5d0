#include "engine/case_runner.h"

#include <cmath>

#include "engine/aggregate.h"
#include "engine/evaluate.h"
#include "engine/rounding.h"

namespace jixiao {
namespace {

// Half a unit of the last decimal the form prints: 0.005 at 2 places.
double Tolerance(const RoundingRule& rule) { return 0.5 * std::pow(10.0, -DisplayPlaces(rule)); }

std::string Printed(const ScoreNode& node, const RoundingRule& rule) {
  if (node.outcome == Outcome::kScored || node.overridden || node.children.size() > 0)
    return FormatScore(node.score, rule);
  return std::string(OutcomeName(node.outcome));
}

void CheckScore(const ScoreTree& tree, const ExpectedScore& expected, const std::string& case_name,
                CaseResult& result) {
  const ScoreNode* node = FindScoreNode(tree, expected.indicator);
  if (node == nullptr) {
    AddError(result.diagnostics, expected.where,
             "用例中的指标「" + expected.indicator + "」在评分结果中不存在",
             "写模板或项目数据中的指标编号、路径或名称（jixiao explain 列出可用的指标）",
             case_name);
    return;
  }
  std::optional<Outcome> outcome;
  if (!expected.points) {
    outcome = OutcomeFromName(expected.outcome);
    if (!outcome || *outcome == Outcome::kScored) {
      AddError(result.diagnostics, expected.where,
               "指标「" + expected.indicator + "」的预期「" + expected.outcome +
                   "」既不是数字，也不是得分状态",
               "写数字（如 13.64），或 不适用、缺少数据、无法评分", case_name);
      return;
    }
  }
  bool scored = node->outcome == Outcome::kScored || node->overridden || !node->is_indicator;
  bool met = expected.points
                 ? scored && std::fabs(node->score - *expected.points) < Tolerance(tree.rounding)
                 : !node->overridden && node->outcome == *outcome;
  if (met) return;
  result.mismatches.push_back(CaseMismatch{expected.where, expected.indicator, node->path,
                                           expected.points
                                               ? FormatScore(*expected.points, tree.rounding)
                                               : std::string(OutcomeName(*outcome)),
                                           Printed(*node, tree.rounding)});
}

}  // namespace

CaseResult RunTemplateCase(const Scorecard& card, const TemplateCase& test_case) {
  CaseResult result;
  EvaluateResult evaluated = Evaluate(card, test_case.project);
  result.diagnostics = std::move(evaluated.diagnostics);
  if (!evaluated.tree) return result;
  const ScoreTree& tree = *evaluated.tree;
  for (const ExpectedScore& expected : test_case.scores)
    CheckScore(tree, expected, test_case.name, result);
  if (test_case.total && std::fabs(tree.total - *test_case.total) >= Tolerance(tree.rounding))
    result.mismatches.push_back(CaseMismatch{test_case.total_where, "", "总分",
                                             FormatScore(*test_case.total, tree.rounding),
                                             FormatScore(tree.total, tree.rounding)});
  if (!test_case.grade.empty() && !GradeMatches(test_case.grade, tree.grade, card.tmpl.grades))
    result.mismatches.push_back(
        CaseMismatch{test_case.grade_where, "", "等级", test_case.grade, tree.grade});
  if (HasErrors(result.diagnostics)) {
    result.mismatches.clear();
    return result;
  }
  result.tree = std::move(evaluated.tree);
  return result;
}

}  // namespace jixiao
