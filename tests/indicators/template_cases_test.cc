#include "indicators/template_cases.h"

#include <string>

#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

std::string Messages(const CasesLoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += FormatDiagnostic(d) + "\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_cases)

BOOST_AUTO_TEST_CASE(reads_name_project_and_expectations) {
  CasesLoadResult r = LoadTemplateCases(
      "id: t\n"
      "indicators: []\n"
      "用例:\n"
      "  - name: 成本超出目标\n"
      "    project:\n"
      "      budget: {full_year: 100, executed: 95}\n"
      "      indicators: [{id: cost, actual: 165元}]\n"
      "    expect:\n"
      "      得分: {cost: 13.64, budget: 不适用}\n"
      "      总分: 95.14\n"
      "      grade: 优\n",
      "t.yaml");
  BOOST_TEST_REQUIRE(r.diagnostics.empty(), Messages(r));
  BOOST_TEST_REQUIRE(r.cases.size() == 1u);
  const TemplateCase& c = r.cases[0];
  BOOST_TEST(c.name == "成本超出目标");
  BOOST_TEST(c.project.name == "成本超出目标");  // named after the case
  BOOST_TEST(*c.project.budget.executed == 95);
  BOOST_TEST_REQUIRE(c.scores.size() == 2u);
  BOOST_TEST(c.scores[0].indicator == "cost");
  BOOST_TEST(*c.scores[0].points == 13.64);
  BOOST_TEST(c.scores[0].where.line == 9);
  BOOST_TEST(!c.scores[1].points.has_value());
  BOOST_TEST(c.scores[1].outcome == "不适用");
  BOOST_TEST(*c.total == 95.14);
  BOOST_TEST(c.total_where.line == 10);
  BOOST_TEST(c.grade == "优");
}

BOOST_AUTO_TEST_CASE(a_template_without_cases_has_none) {
  CasesLoadResult r = LoadTemplateCases("id: t\nindicators: []\n", "t.yaml");
  BOOST_TEST(r.diagnostics.empty());
  BOOST_TEST(r.cases.empty());
}

BOOST_AUTO_TEST_CASE(cases_must_be_a_list) {
  CasesLoadResult r = LoadTemplateCases("id: t\ncases: {name: x}\n", "t.yaml");
  BOOST_TEST(Messages(r) ==
             "t.yaml:2:8: error: cases 应是测试用例列表\n"
             "  hint: 每个用例以 - name: 用例名称 开头\n");
}

BOOST_AUTO_TEST_CASE(scores_must_be_a_map) {
  CasesLoadResult r = LoadTemplateCases(
      "cases:\n  - name: x\n    project: {}\n    expect: {scores: [1, 2]}\n", "t.yaml");
  BOOST_TEST(Messages(r) ==
             "t.yaml:4:22: error: scores 应是映射：指标 → 预期得分 [x]\n"
             "  hint: 例如 scores: {预算执行率: 9.5, 人均服务成本: 不适用}\n");
}

BOOST_AUTO_TEST_CASE(the_project_is_read_as_project_data) {
  CasesLoadResult r = LoadTemplateCases(
      "cases:\n  - name: x\n    project: {budget: {full_year: -1}}\n    expect: {total: 0}\n",
      "t.yaml");
  BOOST_TEST(Messages(r) == "t.yaml:3:35: error: 资金数不能为负数\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
