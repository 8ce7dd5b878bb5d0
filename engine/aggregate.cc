#include "engine/aggregate.h"

#include <cmath>

#include "engine/rounding.h"
#include "indicators/number_text.h"
#include "indicators/validate.h"

namespace jixiao {
namespace {

struct Sums {
  double applicable_weight = 0;
  double not_applicable_weight = 0;
};

// Sums a subtree bottom-up; returns the weights of applicable and not-applicable indicators.
Sums SumNode(ScoreNode& node, const Template& t, bool& problems) {
  Sums sums;
  if (node.is_indicator) {
    if (node.outcome == Outcome::kNotApplicable) {
      sums.not_applicable_weight = node.weight;
      if (t.not_applicable == NotApplicablePolicy::kFullMarks) {
        node.score = node.raw_score = node.weight;
        node.trace.push_back({"不适用", "按模板规定计满分 " + NumberText(node.weight)});
      }
    } else {
      sums.applicable_weight = node.weight;
      if (node.outcome != Outcome::kScored) problems = true;
    }
    if (node.published_score && std::fabs(*node.published_score - node.score) >= 0.005)
      problems = true;
    return sums;
  }
  std::vector<double> scores;
  node.raw_score = 0;
  for (ScoreNode& child : node.children) {
    Sums child_sums = SumNode(child, t, problems);
    sums.applicable_weight += child_sums.applicable_weight;
    sums.not_applicable_weight += child_sums.not_applicable_weight;
    scores.push_back(child.score);
    node.raw_score += child.raw_score;
  }
  node.score = SumRounded(scores, t.rounding);
  return sums;
}

}  // namespace

bool GradeMatches(const std::string& printed, const std::string& computed,
                  const std::vector<GradeBand>& grades) {
  if (printed == computed) return true;
  for (const GradeBand& band : grades) {
    if (band.label != computed) continue;
    for (const auto& alias : band.aliases)
      if (alias == printed) return true;
  }
  return false;
}

size_t GradeIndex(double total, const std::vector<GradeBand>& grades) {
  for (size_t i = 0; i < grades.size(); ++i)
    if (total + 1e-9 >= grades[i].min) return i;
  return grades.size() - 1;
}

std::string GradeFor(double total, const std::vector<GradeBand>& grades) {
  return grades.empty() ? std::string() : grades[GradeIndex(total, grades)].label;
}

void Aggregate(ScoreTree& tree, const Template& t) {
  bool problems = false;
  Sums sums;
  std::vector<double> scores;
  for (ScoreNode& root : tree.roots) {
    Sums s = SumNode(root, t, problems);
    sums.applicable_weight += s.applicable_weight;
    sums.not_applicable_weight += s.not_applicable_weight;
    scores.push_back(root.score);
  }
  tree.max_total = t.total;
  double sum = SumRounded(scores, t.rounding);
  tree.total = sum;
  if (sums.not_applicable_weight > 0) {
    switch (t.not_applicable) {
      case NotApplicablePolicy::kRescale:
        tree.rescaled = true;
        if (sums.applicable_weight <= 0) {
          tree.total = 0;
          tree.findings.push_back("所有指标都不适用，无法计算总分");
          problems = true;
        } else {
          tree.total = RoundScore(t.total * sum / sums.applicable_weight, t.rounding);
          tree.findings.push_back("有 " + NumberText(sums.not_applicable_weight) +
                                  " 分的指标不适用：总分按适用指标折算，" + NumberText(t.total) +
                                  " × " + NumberText(sum) + " / " +
                                  NumberText(sums.applicable_weight) + " = " +
                                  NumberText(tree.total));
        }
        break;
      case NotApplicablePolicy::kExclude:
        tree.max_total = t.total - sums.not_applicable_weight;
        tree.findings.push_back("有 " + NumberText(sums.not_applicable_weight) +
                                " 分的指标不适用，已剔除：总分满分为 " +
                                NumberText(tree.max_total));
        break;
      case NotApplicablePolicy::kFullMarks:
        break;
    }
  }
  tree.grade = GradeFor(tree.total, t.grades);
  const ProjectHeader& p = tree.project;
  if (p.budget.full_year && p.budget.executed && *p.budget.full_year > 0)
    tree.execution_rate_percent = *p.budget.executed / *p.budget.full_year * 100;
  if (p.published_total && std::fabs(*p.published_total - tree.total) >= 0.005) {
    tree.findings.push_back(
        "公布总分 " + FormatPublished(*p.published_total, t.rounding) + "，按规则计算为 " +
        FormatScore(tree.total, t.rounding) + "（相差 " +
        FormatPublished(std::fabs(*p.published_total - tree.total), t.rounding) + "）");
    problems = true;
  }
  if (!p.published_grade.empty() && !GradeMatches(p.published_grade, tree.grade, t.grades)) {
    tree.findings.push_back("公布等级「" + p.published_grade + "」与计算等级「" + tree.grade +
                            "」不符");
    problems = true;
  }
  tree.has_problems = problems;
}

}  // namespace jixiao
