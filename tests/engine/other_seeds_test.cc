// The published figures of shared/reference/other_seeds.json (tests/engine/other_seeds.h) through
// jixiao's own computations: the execution rate and M1 (engine/aggregate, rules/budget_execution),
// the audit's 执行率 check (engine/recompute), exact sums of printed parts (engine/rounding) and
// grades under the central bands and under bands a template states (engine/aggregate).
#include "tests/engine/other_seeds.h"

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "engine/rounding.h"
#include "indicators/number_text.h"
#include "indicators/project_loader.h"
#include "tests/engine/audit_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;
namespace tt = boost::test_tools;
using seeds::PublishedRate;
using seeds::Stated;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string TraceOf(const ScoreNode& node, const std::string& label) {
  for (const TraceStep& step : node.trace)
    if (step.label == label) return step.detail;
  return "";
}

// A filled table of one project: its 项目资金 row, the rate printed as `printed`, and its 总分
// (the row's 10 points).
AuditedTable AuditBudgetRow(const PublishedRate& r, const std::string& printed,
                            const std::string& score) {
  std::ostringstream csv;
  csv << "项目名称,一级指标,二级指标,三级指标,年初预算数（" << r.unit << "）,全年预算数（" << r.unit
      << "）,全年执行数（" << r.unit << "）,执行率,分值,得分\n"
      << r.id << ",预算执行率,,," << NumberText(r.initial) << "," << NumberText(r.budget) << ","
      << NumberText(r.executed) << "," << printed << ",10," << score << "\n"
      << ",总分,,,,,,,10," << score << "\n";
  return AuditCsv(csv.str());
}

// The rate printed as the source prints it, or jixiao's figure when the source prints none.
std::string Printed(const PublishedRate& r) {
  return std::string(r.kind == Stated::kNone ? r.percent : r.stated) + "%";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(other_seeds)

BOOST_DATA_TEST_CASE(execution_rate_is_executed_over_full_year_budget_and_m1_caps_it,
                     bdata::make(seeds::kRates), r) {
  const ScoreTree tree = seeds::ScoreRate(r);
  BOOST_TEST_REQUIRE(tree.execution_rate_percent.has_value());
  BOOST_TEST(*tree.execution_rate_percent == r.executed / r.budget * 100, tt::tolerance(1e-12));
  BOOST_TEST(RoundScore(*tree.execution_rate_percent, RoundingRule{}) == std::stod(r.percent));
  const ScoreNode* m1 = FindScoreNode(tree, "预算执行率");
  BOOST_TEST_REQUIRE(m1 != nullptr);
  BOOST_TEST((m1->outcome == Outcome::kScored));
  BOOST_TEST(m1->score == r.m1_points);
  BOOST_TEST(tree.total == r.m1_points);
  // The trace states the rate as is, above 100% too, and then that M1 counts it as 100%.
  const std::string rate = "执行率 " + NumberText(std::stod(r.percent), 2) + "%";
  const bool above = r.executed > r.budget;
  BOOST_TEST(TraceOf(*m1, "说明") == (above ? rate + "，按 100% 计" : rate));
}

BOOST_DATA_TEST_CASE(audit_accepts_a_right_rate_and_flags_one_over_another_basis,
                     bdata::make(seeds::kRates), r) {
  const AuditedTable a = AuditBudgetRow(r, Printed(r), FormatScore(r.m1_points, RoundingRule{}));
  const std::vector<std::string> findings = FindingsOn(a, 2);
  if (r.kind != Stated::kOtherBasis) {
    BOOST_TEST(findings.empty(), (findings.empty() ? "" : findings[0]));
    return;
  }
  BOOST_TEST_REQUIRE(findings.size() == 1u);
  BOOST_TEST(findings[0] == "执行率计算不符: 执行率印为 " + Printed(r) +
                                "，全年执行数/全年预算数 = " + NumberText(r.executed) + "/" +
                                NumberText(r.budget) + " = " + NumberText(std::stod(r.percent)) +
                                "%");
}

BOOST_AUTO_TEST_CASE(a_rate_above_100_percent_is_printed_as_is_but_m1_points_are_capped) {
  // BE-004-01: 41,692.74 of 29,520.12 is 141.23%; a table that prints 14.12 points for it
  // (w × rate, uncapped) is told it exceeds the points and the capped figure.
  const PublishedRate& r = seeds::kRates[0];
  BOOST_TEST_REQUIRE(std::string(r.id) == "BE-004-01");
  const AuditedTable a = AuditBudgetRow(r, "141.23%", "14.12");
  BOOST_TEST(FindingsOn(a, 2) ==
                 (std::vector<std::string>{
                     "得分超出分值范围: 得分 14.12 超出分值范围 [0, 10]",
                     "得分与规则不符: 得分 14.12 与执行率不符：执行率 141.23%，应得 10.00"}),
             tt::per_element());
}

// Not a published figure: 210.70 of 400 万元 is exactly 52.675%, which half-up makes 52.68% (the
// double is 52.674999…). The audit accepts 52.68% and, for a printed 52.67%, quotes 52.68%.
BOOST_AUTO_TEST_CASE(an_exact_tie_rounds_half_up_in_the_audit_and_the_trace) {
  const PublishedRate tie{"tie", "", 400, 400, 210.7, "万元", "", Stated::kNone, "52.68", 5.27};
  BOOST_TEST(FindingsOn(AuditBudgetRow(tie, "52.68%", "5.27"), 2).empty());
  BOOST_TEST(
      FindingsOn(AuditBudgetRow(tie, "52.67%", "5.27"), 2) ==
          (std::vector<std::string>{"执行率计算不符: 执行率印为 52.67%，全年执行数/全年预算数 = "
                                    "210.7/400 = 52.68%"}),
      tt::per_element());
  const ScoreTree tree = seeds::ScoreRate(tie);
  BOOST_TEST(TraceOf(*FindScoreNode(tree, "预算执行率"), "说明") == "执行率 52.68%");
}

BOOST_DATA_TEST_CASE(a_zero_budget_has_no_rate_and_cannot_be_scored,
                     bdata::make(seeds::kZeroBudgets), z) {
  const ScoreTree tree = seeds::ScoreRate(0, 0, z.executed, "万元");
  BOOST_TEST(!tree.execution_rate_percent.has_value());
  const ScoreNode* m1 = FindScoreNode(tree, "预算执行率");
  BOOST_TEST_REQUIRE(m1 != nullptr);
  BOOST_TEST((m1->outcome == Outcome::kCannotScore));
  BOOST_TEST(TraceOf(*m1, "说明") == "全年预算数为 0，无法计算执行率");
  // The same row in a filled table, with no rate printed (as the source prints none).
  const PublishedRate row{z.id, z.lines, 0, 0, z.executed, "万元", "", Stated::kNone, "", 0};
  const std::vector<std::string> findings = FindingsOn(AuditBudgetRow(row, "", "0"), 2);
  BOOST_TEST_REQUIRE(findings.size() == 1u);
  BOOST_TEST(findings[0] == "数值无法读取: 无法复核：全年预算数为 0，无法计算执行率");
}

// IC-004-1…4: targets exceeded, "完成年初目标": full marks under M2, with no finding. Under a
// template that lets over-achievement earn (cap 2), the trace states jixiao's B/A.
BOOST_DATA_TEST_CASE(an_exceeded_target_gets_full_marks_and_its_ratio_when_over_achievement_counts,
                     bdata::make(seeds::kExceeded), e) {
  for (const char* method : {"正向比例", "{method: 正向比例, cap: 2}"}) {
    const std::string yaml = std::string(R"(id: exceeded
version: "1"
total: 10
indicators:
  - {id: quantity, name: 数量指标, points: 10, open: true, method: )") +
                             method + "}\n";
    const std::unique_ptr<Scorecard> card = CompileTemplate(yaml);
    ProjectLoadResult loaded = LoadProjectsFromYaml(
        std::string("name: 会展业务费\nindicators:\n  - {group: 数量指标, name: ") + e.id +
            ", points: 10, target: " + e.target + ", actual: " + e.actual + "}\n",
        "p.yaml");
    BOOST_TEST_REQUIRE(loaded.projects.size() == 1u);
    EvaluateResult result = Evaluate(*card, loaded.projects[0]);
    BOOST_TEST_REQUIRE(result.tree.has_value());
    const ScoreNode* node = FindScoreNode(*result.tree, e.id);
    BOOST_TEST_REQUIRE(node != nullptr);
    BOOST_TEST_CONTEXT(method) {
      BOOST_TEST((node->outcome == Outcome::kScored));
      BOOST_TEST(node->findings.empty());
      if (Contains(method, "cap")) {
        BOOST_TEST(Contains(TraceOf(*node, "说明"), std::string("完成比例 ") + e.ratio + "%"),
                   TraceOf(*node, "说明"));
        BOOST_TEST(node->score == RoundScore(10 * std::stod(e.ratio) / 100, RoundingRule{}));
      } else {
        BOOST_TEST(node->score == 10);
      }
    }
  }
}

// Totals add printed parts exactly, in cents: no 3444.6400000000003.
BOOST_DATA_TEST_CASE(printed_parts_add_up_to_the_printed_total_exactly, bdata::make(seeds::kSums),
                     s) {
  BOOST_TEST(SumRounded(s.parts, RoundingRule{}) == s.total);
}

// A template states its bands; jixiao's grade under them is the declared one, and a declared
// grade the bands do not give is reported. 75 as the lower edge of 良 is ours: the Xicheng
// document (SC-001-1) prints 78.56 → 良好 with no thresholds.
BOOST_DATA_TEST_CASE(declared_grades_under_central_and_stated_bands, bdata::make(seeds::kDeclared),
                     d) {
  const std::string indicators = R"(total: 100
indicators:
  - {id: overall, name: 综合评分, points: 100, method: 人工评分}
)";
  const std::string central = "id: central\nversion: \"1\"\n" + indicators;
  const std::string stated = "id: xicheng\nversion: \"1\"\n" + indicators + R"(grades:
  - {label: 优秀, min: 90, aliases: [优]}
  - {label: 良好, min: 75, aliases: [良]}
  - {label: 合格, min: 60, aliases: [中]}
  - {label: 不合格, min: 0, aliases: [差]}
)";
  std::string project = "name: 项目\npublished_total: " + NumberText(d.score) + "\n";
  if (*d.declared) project += std::string("published_grade: ") + d.declared + "\n";
  project += "indicators:\n  - {id: overall, score: " + NumberText(d.score) + "}\n";
  ProjectLoadResult loaded = LoadProjectsFromYaml(project, "p.yaml");
  BOOST_TEST_REQUIRE(loaded.projects.size() == 1u);

  const std::unique_ptr<Scorecard> central_card = CompileTemplate(central);
  EvaluateResult by_central = Evaluate(*central_card, loaded.projects[0]);
  BOOST_TEST_REQUIRE(by_central.tree.has_value());
  BOOST_TEST(by_central.tree->total == d.score);
  BOOST_TEST(by_central.tree->grade == d.central);
  const bool central_agrees = std::string(d.id) != "SC-001-1";
  BOOST_TEST(by_central.tree->findings.empty() == central_agrees);
  if (!central_agrees)
    BOOST_TEST(by_central.tree->findings ==
                   std::vector<std::string>{"公布等级「良好」与计算等级「中」不符"},
               tt::per_element());

  const std::unique_ptr<Scorecard> stated_card = CompileTemplate(stated);
  EvaluateResult by_stated = Evaluate(*stated_card, loaded.projects[0]);
  BOOST_TEST_REQUIRE(by_stated.tree.has_value());
  BOOST_TEST(by_stated.tree->findings.empty());
  BOOST_TEST(by_stated.tree->grade == d.stated);
}

BOOST_AUTO_TEST_CASE(stated_bands_include_their_lower_edge) {
  const std::string yaml = R"(id: xicheng
version: "1"
total: 100
grades:
  - {label: 优秀, min: 90}
  - {label: 良好, min: 75}
  - {label: 合格, min: 60}
  - {label: 不合格, min: 0}
indicators:
  - {id: overall, name: 综合评分, points: 100, method: 人工评分}
)";
  const std::unique_ptr<Scorecard> card = CompileTemplate(yaml);
  for (const auto& [score, grade] : std::vector<std::pair<double, std::string>>{
           {78.56, "良好"}, {75, "良好"}, {74.99, "合格"}, {90, "优秀"}, {59.99, "不合格"}}) {
    ProjectLoadResult loaded = LoadProjectsFromYaml(
        "name: 项目\nindicators:\n  - {id: overall, score: " + NumberText(score) + "}\n", "p.yaml");
    BOOST_TEST_REQUIRE(loaded.projects.size() == 1u);
    EvaluateResult result = Evaluate(*card, loaded.projects[0]);
    BOOST_TEST_REQUIRE(result.tree.has_value());
    BOOST_TEST(result.tree->grade == grade, score);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
