// The 自评综述 sentences against the published ones (reference/other_seeds.json,
// beijing_2020_dev.json, shenzhen_2019_dev.json and the examples), and their edges.
#include "reports/summary_prose.h"

#include <optional>
#include <ostream>
#include <string>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

struct ProjectCase {
  const char* name;
  double total;
  std::optional<double> full_year;
  std::optional<double> executed;
  const char* expected;
};

std::ostream& operator<<(std::ostream& os, const ProjectCase& c) { return os << c.name; }

const ProjectCase kProjectCases[] = {
    // Guangzhou 2017 (seed 004, lines 1825-1831): 98 分, 328.5 of 328.5 万元, "完成预算的 100%".
    {"对口支援三峡库区巫山县社会公益项目资金", 98, 328.5, 328.5,
     "根据年初设定的绩效目标，对口支援三峡库区巫山县社会公益项目资金项目自评得分为 98 "
     "分。项目全年预算数为 328.50 万元，执行数为 328.50 万元，完成预算的 100%。"},
    // Shenzhen 2019: "项目自评得分 94.52 分。项目全年预算数 8,376.8万元，执行数 6,611.51
    // 万元，预算执行率78.93%" — the same figures in the published sentence form.
    {"扶贫协作和合作交流行政经费", 94.52, 8376.8, 6611.51,
     "根据年初设定的绩效目标，扶贫协作和合作交流行政经费项目自评得分为 94.52 "
     "分。项目全年预算数为 8,376.80 万元，执行数为 6,611.51 万元，完成预算的 78.93%。"},
    // Beijing 2020 农业嘉年华: a name that ends in 项目 is not followed by another 项目.
    {"第七届北京农业嘉年华举办“扶贫攻坚 决胜小康”项目", 97.99, 160, 159.80445,
     "根据年初设定的绩效目标，第七届北京农业嘉年华举办“扶贫攻坚 决胜小康”项目自评得分为 97.99 "
     "分。项目全年预算数为 160.00 万元，执行数为 159.80 万元，完成预算的 99.88%。"},
    // Over 100% is printed as it is; 141.234995…% is 141.23, not 141.24 (BE-004-01).
    {"一般公共预算财政拨款支出", 90, 29520.12, 41692.74,
     "根据年初设定的绩效目标，一般公共预算财政拨款支出项目自评得分为 90 "
     "分。项目全年预算数为 29,520.12 万元，执行数为 41,692.74 万元，完成预算的 141.23%。"},
    // No funds stated: the funds sentence is left out.
    {"甲", 80.5, std::nullopt, std::nullopt, "根据年初设定的绩效目标，甲项目自评得分为 80.5 分。"},
    // A budget of 0 has no rate.
    {"乙", 0, 0, 0,
     "根据年初设定的绩效目标，乙项目自评得分为 0 分。项目全年预算数为 0.00 万元，执行数为 0.00 "
     "万元。"},
    // Only the budget.
    {"丙", 100, 1234567.891, std::nullopt,
     "根据年初设定的绩效目标，丙项目自评得分为 100 分。项目全年预算数为 1,234,567.89 万元。"},
};

BOOST_AUTO_TEST_SUITE(summary_prose)

BOOST_DATA_TEST_CASE(project_prose_prints_the_published_sentence,
                     boost::unit_test::data::make(kProjectCases), c) {
  SummaryProject p;
  p.name = c.name;
  p.total = c.total;
  p.full_year_wan = c.full_year;
  p.executed_wan = c.executed;
  if (c.full_year && c.executed && *c.full_year > 0)
    p.execution_rate_percent = *c.executed / *c.full_year * 100;
  BOOST_TEST(ProjectSummaryProse(p, RoundingRule{}) == c.expected);
}

// A department of `evaluated` projects with `executed` 万元 executed in all.
DepartmentSummary Department(size_t evaluated, std::optional<long long> department_projects,
                             std::optional<double> executed) {
  DepartmentSummary s;
  s.projects.resize(evaluated);
  s.department_projects = department_projects;
  if (department_projects)
    s.share_percent =
        static_cast<double>(evaluated) / static_cast<double>(*department_projects) * 100;
  if (executed) {
    s.funded_projects = evaluated;
    s.executed_wan = *executed;
  }
  return s;
}

BOOST_AUTO_TEST_CASE(department_prose_prints_the_published_beijing_sentence) {
  // Beijing 2020 (002, line 158): 36 projects of 38, 3,718.80556 万元.
  BOOST_TEST(DepartmentCoverageProse(Department(36, 38, 3718.80556)) ==
             "共评价项目 36 个，占部门项目总数的 94.74%，涉及金额 3,718.81 万元。");
}

BOOST_AUTO_TEST_CASE(department_prose_leaves_out_what_the_data_does_not_give) {
  BOOST_TEST(DepartmentCoverageProse(Department(36, std::nullopt, 3718.80556)) ==
             "共评价项目 36 个，涉及金额 3,718.81 万元。");
  BOOST_TEST(DepartmentCoverageProse(Department(2, 2, std::nullopt)) ==
             "共评价项目 2 个，占部门项目总数的 100%。");
  BOOST_TEST(DepartmentSummaryProse(Department(0, std::nullopt, std::nullopt)) ==
             "共评价项目 0 个。");
}

BOOST_AUTO_TEST_CASE(department_prose_goes_on_with_funds_scores_and_grades) {
  DepartmentSummary s = Department(3, 4, 300);
  s.full_year_wan = 400;
  s.execution_rate_percent = 75;
  s.mean_total = 86.666666;
  s.max_total = 100;
  s.min_total = 70;
  s.grades = {{"优", 1}, {"良", 1}, {"中", 1}, {"差", 0}};
  BOOST_TEST(
      DepartmentSummaryProse(s) ==
      "共评价项目 3 个，占部门项目总数的 75%，涉及金额 300.00 "
      "万元。项目全年预算数为 400.00 万元，执行数为 300.00 万元，完成预算的 "
      "75%。自评平均得分 86.67 分，最高 100 分，最低 70 分；其中优 1 个、良 1 个、中 1 个。");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
