#include "indicators/project_loader.h"

#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

std::string Messages(const ProjectLoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += FormatDiagnostic(d) + "\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(project_loader)

BOOST_AUTO_TEST_CASE(reads_projects_budget_entries_and_judgements) {
  ProjectLoadResult r = LoadProjectsFromYaml(R"(projects:
  - name: 农业嘉年华
    unit: 综合处
    budget: {initial: 160, full_year: 160, executed: 159.80445}
    points: {效益指标: 30}
    published_total: 97.99
    indicators:
      - {group: 产出指标/数量指标, name: 展销天数, points: 8, target: 60天, actual: 58天,
         override: 7, note: 活动时间为58天, published: 7}
      - {group: 效益指标/社会效益指标, name: 推广, points: 15, target: 得到推广, actual: 已推广,
         score: 15, band: 达成}
      - {id: budget, not_applicable: true}
)",
                                             "p.yaml");
  BOOST_TEST_REQUIRE(r.diagnostics.empty(), Messages(r));
  BOOST_TEST_REQUIRE(r.projects.size() == 1u);
  const Project& p = r.projects[0];
  BOOST_TEST(p.name == "农业嘉年华");
  BOOST_TEST(*p.budget.executed == 159.80445);
  BOOST_TEST(p.budget.unit == "万元");
  BOOST_TEST(p.group_points.at(0).points == 30);
  BOOST_TEST(*p.published_total == 97.99);
  BOOST_TEST_REQUIRE(p.entries.size() == 3u);
  BOOST_TEST(p.entries[0].actual.number == 58);
  BOOST_TEST(*p.entries[0].override_score == 7);
  BOOST_TEST(p.entries[0].where.line == 8);
  BOOST_TEST(p.entries[1].band == "达成");
  BOOST_TEST(p.entries[2].ref == "budget");
  BOOST_TEST(p.entries[2].not_applicable);
}

BOOST_AUTO_TEST_CASE(a_single_project_file_needs_no_projects_list) {
  ProjectLoadResult r = LoadProjectsFromYaml("name: 甲\nindicators: []\n", "p.yaml");
  BOOST_TEST_REQUIRE(r.projects.size() == 1u, Messages(r));
  BOOST_TEST(r.projects[0].name == "甲");
}

BOOST_AUTO_TEST_CASE(override_without_a_note_is_an_error) {
  ProjectLoadResult r = LoadProjectsFromYaml(
      "name: 甲\nindicators:\n  - {id: x, actual: 5, override: 3}\n", "p.yaml");
  BOOST_TEST(
      Messages(r) ==
      "p.yaml:3:34: error: 调整计算得分必须说明原因 [甲/x]\n  hint: 在 note 中写明偏差原因\n");
}

BOOST_AUTO_TEST_CASE(bad_numbers_units_and_keys_are_all_reported) {
  ProjectLoadResult r = LoadProjectsFromYaml(
      "name: 甲\nbudget: {full_year: 一百, unit: 人}\nindicators:\n  - {id: x, actaul: 5}\n",
      "p.yaml");
  std::string m = Messages(r);
  BOOST_TEST(r.diagnostics.size() == 3u, m);
  BOOST_TEST(
      m.find("p.yaml:2:21: error: 「full_year」应是数字，这里是「一百」") != std::string::npos, m);
  BOOST_TEST(m.find("资金单位「人」不是货币单位") != std::string::npos, m);
  BOOST_TEST(m.find("未知的键「actaul」") != std::string::npos, m);
  BOOST_TEST(m.find("是不是「actual」？") != std::string::npos, m);
}

BOOST_AUTO_TEST_CASE(unknown_file_type_and_missing_file) {
  BOOST_TEST(LoadProjectFile("no/such/file.yaml").diagnostics.at(0).message ==
             "无法读取项目数据文件 no/such/file.yaml");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
