// The summary's layout and its renderers on the edges: no projects at all, and a department
// whose figures need escaping. The examples' pages are golden files of tests/cli.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "engine/department_summary.h"
#include "reports/summary_report.h"
#include "tests/reports/golden.h"

namespace jixiao {
namespace {

using testing::CheckGolden;

DepartmentSummary NoProjects() {
  std::vector<ScoreTree> none;
  return SummarizeDepartment(none, DefaultGradeBands());
}

BOOST_AUTO_TEST_SUITE(summary_document)

BOOST_AUTO_TEST_CASE(sections_in_order_with_charts_where_they_belong) {
  SummaryDocument doc = BuildSummaryDocument(NoProjects());
  std::vector<std::string> ids;
  for (const SummarySection& s : doc.sections) ids.push_back(s.id);
  BOOST_TEST(ids == (std::vector<std::string>{"distribution", "grades", "level1", "weakest",
                                              "below", "deductions", "projects"}),
             boost::test_tools::per_element());
  BOOST_TEST(doc.sections[0].chart.has_value());
  BOOST_TEST(doc.sections[1].chart.has_value());
  BOOST_TEST(doc.sections[2].chart.has_value());
  BOOST_TEST(!doc.sections[5].chart.has_value());
  for (const SummarySection& s : doc.sections)
    s.ForEachRow([&](const CellRow& row) { BOOST_TEST(row.size() == s.columns.size()); });
}

BOOST_AUTO_TEST_CASE(a_section_longer_than_an_excel_sheet_is_refused_before_writing) {
  SummaryDocument doc = BuildSummaryDocument(NoProjects());
  SummarySection& deductions = doc.sections[5];
  deductions.notes.clear();
  deductions.made_rows = 1048576 - 1;  // with the heading and the header: one row too many
  size_t made = 0;
  deductions.make_row = [&](size_t) {
    ++made;
    return CellRow(deductions.columns.size());
  };
  const std::string path = "summary_too_long_test.xlsx";
  std::remove(path.c_str());
  std::string error;
  BOOST_TEST(!WriteSummaryXlsx(path, doc, error));
  BOOST_TEST(error == "工作表「" + deductions.heading + "」需要 " + std::to_string(1048577) +
                          " 行，超过 Excel 一张工作表的上限 1048576 行；改用 --format md 或 "
                          "html（不限行数），或把项目分几批汇总");
  BOOST_TEST(made == 0u);
  BOOST_TEST(!std::ifstream(path).good());
}

BOOST_AUTO_TEST_CASE(no_projects_gives_a_whole_report_without_nan) {
  SummaryDocument doc = BuildSummaryDocument(NoProjects());
  BOOST_TEST(doc.overall_prose == "共评价项目 0 个。");
  std::string markdown = RenderSummaryMarkdown(doc);
  CheckGolden("summary_no_projects.md", markdown);
  std::string html = RenderSummaryHtml(doc);
  for (const std::string& text : {markdown, html}) {
    BOOST_TEST(text.find("nan") == std::string::npos);
    BOOST_TEST(text.find("inf") == std::string::npos);
  }
  BOOST_TEST(html.find(">无数据</text>") != std::string::npos);  // the level-1 chart
  BOOST_TEST(html.find("没有扣分的指标。") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_from_the_data_is_escaped_in_every_format) {
  DepartmentSummary s = NoProjects();
  SummaryProject p;
  p.name = "<b>项目</b> | *甲* & 乙";
  p.unit = "- 单位";
  p.total = 70;
  p.grade = "中";
  s.projects.push_back(p);
  s.below_threshold.push_back(0);
  SummaryDocument doc = BuildSummaryDocument(s);
  std::string html = RenderSummaryHtml(doc);
  BOOST_TEST(html.find("<b>项目") == std::string::npos);
  BOOST_TEST(html.find("&lt;b&gt;项目&lt;/b&gt; | *甲* &amp; 乙") != std::string::npos);
  std::string markdown = RenderSummaryMarkdown(doc);
  BOOST_TEST(markdown.find("\\<b\\>项目\\</b\\> \\| \\*甲\\* \\& 乙") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
