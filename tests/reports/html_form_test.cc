// The HTML form (reports/html_form.cc): golden files, escaping, and the structure a browser
// needs to draw the form (every row of every table covers exactly its columns once row and
// column spans are counted). tests/browser/ opens the pages in Chromium.
#include <cstddef>
#include <cstdlib>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "reports/form_rows.h"
#include "reports/render.h"
#include "tests/reports/fixtures.h"
#include "tests/reports/golden.h"

namespace jixiao {
namespace {

using testing::BeijingCarnival;
using testing::CheckGolden;
using testing::EdgeCases;
using testing::ShenzhenSheet;

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The value of attribute `name` in the tag `tag` ("<td rowspan=\"3\">"), or 1.
int SpanAttribute(const std::string& tag, const std::string& name) {
  size_t at = tag.find(" " + name + "=\"");
  return at == std::string::npos ? 1 : std::atoi(tag.c_str() + at + name.size() + 3);
}

struct TableShape {
  size_t columns = 0;
  size_t body_rows = 0;
};

// Lays the cells of the table starting at `start` on a grid, as a browser does, and checks
// that each row fills its columns exactly: no gap, no cell past the last <col>.
TableShape CheckGrid(const std::string& html, size_t start) {
  size_t end = html.find("</table>", start);
  BOOST_REQUIRE(end != std::string::npos);
  std::string table = html.substr(start, end - start);
  TableShape shape;
  shape.columns = Count(table, "<col ");
  BOOST_REQUIRE(shape.columns > 0);
  std::vector<int> covered_below(shape.columns, 0);  // rows still covered by a rowspan above
  size_t row_number = 0;
  bool in_body = false;
  for (size_t tr = table.find("<tr"); tr != std::string::npos; tr = table.find("<tr", tr + 1)) {
    ++row_number;
    if (!in_body && table.rfind("<tbody>", tr) != std::string::npos) in_body = true;
    if (in_body) ++shape.body_rows;
    size_t row_end = table.find("</tr>", tr);
    std::vector<bool> filled(shape.columns, false);
    for (size_t c = 0; c < shape.columns; ++c)
      if (covered_below[c] > 0) {
        filled[c] = true;
        --covered_below[c];
      }
    size_t column = 0;
    for (size_t cell = tr + 3; cell < row_end; ++cell) {
      if (table.compare(cell, 3, "<td") != 0 && table.compare(cell, 3, "<th") != 0) continue;
      if (table.compare(cell, 6, "<thead") == 0) continue;
      std::string tag = table.substr(cell, table.find('>', cell) - cell);
      while (column < shape.columns && filled[column]) ++column;
      int colspan = SpanAttribute(tag, "colspan");
      int rowspan = SpanAttribute(tag, "rowspan");
      BOOST_TEST_REQUIRE(column + static_cast<size_t>(colspan) <= shape.columns,
                         "row " << row_number << " has cells past its last column");
      for (int k = 0; k < colspan; ++k) {
        filled[column] = true;
        covered_below[column] = rowspan - 1;
        ++column;
      }
    }
    for (size_t c = 0; c < shape.columns; ++c)
      BOOST_TEST(filled[c], "row " << row_number << " leaves column " << c + 1 << " empty");
  }
  for (size_t c = 0; c < shape.columns; ++c)
    BOOST_TEST(covered_below[c] == 0, "a rowspan in column " << c + 1 << " runs past the table");
  return shape;
}

// Every table of the page, and the indicator table's rows against the form's.
void CheckForm(const ScoreTree& tree) {
  std::string html = RenderHtml({tree});
  size_t tables = 0;
  for (size_t at = html.find("<table"); at != std::string::npos; at = html.find("<table", at + 1)) {
    CheckGrid(html, at);
    ++tables;
  }
  Form form = BuildForm(tree);
  BOOST_TEST(tables == (form.funds ? 3u : 2u) + (form.goals ? 1u : 0u));
  TableShape indicators = CheckGrid(html, html.find("<table class=\"grid indicators\">"));
  BOOST_TEST(indicators.columns == form.columns.size());
  BOOST_TEST(indicators.body_rows == IndicatorRows(form).size());
}

BOOST_AUTO_TEST_SUITE(html_form)

BOOST_AUTO_TEST_CASE(html_matches_its_golden_files) {
  CheckGolden("beijing_carnival.html", RenderHtml({BeijingCarnival()}));
  CheckGolden("shenzhen_sheet.html", RenderHtml({ShenzhenSheet()}));
  CheckGolden("edge_cases.html", RenderHtml({EdgeCases()}));
}

BOOST_AUTO_TEST_CASE(every_table_row_fills_its_columns_with_merged_group_cells) {
  CheckForm(BeijingCarnival());
  CheckForm(ShenzhenSheet());
  CheckForm(EdgeCases());
}

BOOST_AUTO_TEST_CASE(group_cells_span_their_rows) {
  std::string html = RenderHtml({ShenzhenSheet()});
  // 产出目标 holds 17 rows (数量 14, 质量 2, 时效 1); 数量 its 14.
  BOOST_TEST(
      html.find("<td rowspan=\"17\">产出目标（30.00）</td><td rowspan=\"14\">数量（24.64）</td>") !=
      std::string::npos);
  std::string central = RenderHtml({EdgeCases()});
  BOOST_TEST(central.find("<td rowspan=\"4\">产出指标</td><td rowspan=\"2\">数量指标</td>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(total_and_grade_labels_span_the_blank_columns) {
  std::string html = RenderHtml({BeijingCarnival()});
  // 一级…实际完成值 are blank in the 总分 row (5 columns), and up to 得分 in the 等级 row.
  BOOST_TEST(html.find("<tr class=\"sum\"><td colspan=\"5\">总分</td><td class=\"num\">100.00</td>"
                       "<td class=\"num\">97.99</td><td></td></tr>") != std::string::npos);
  BOOST_TEST(html.find("<tr class=\"sum\"><td colspan=\"6\">等级</td><td class=\"num\">优</td>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_value_is_escaped) {
  ScoreTree tree = EdgeCases();
  tree.project.name = "<script>alert(1)</script>&amp;";
  tree.project.department = "\"部门\" onmouseover='x'";
  tree.project.goal = "<img src=x onerror=alert(2)>";
  std::string html = RenderHtml({tree});
  BOOST_TEST(html.find("<script") == std::string::npos);
  BOOST_TEST(html.find("<img") == std::string::npos);
  BOOST_TEST(html.find("<td colspan=\"3\">&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;</td>") !=
             std::string::npos);
  BOOST_TEST(html.find("<title>项目支出绩效自评表：&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;"
                       "</title>") != std::string::npos);
  BOOST_TEST(html.find("&quot;部门&quot; onmouseover=&#39;x&#39;") != std::string::npos);
  BOOST_TEST(html.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
  // The edge cases' note: a quote, a tab, a backslash, a control character and a pipe.
  BOOST_TEST(
      html.find("已完成。\n说明：&quot;入户&quot;统计口径调整\t见附件\\表2\xEF\xBF\xBD | 备注") !=
      std::string::npos);
}

BOOST_AUTO_TEST_CASE(each_project_is_a_sheet_of_its_own) {
  std::string html = RenderHtml({BeijingCarnival(), EdgeCases(), ShenzhenSheet()});
  BOOST_TEST(Count(html, "<section class=\"sheet form\">") == 3u);
  BOOST_TEST(Count(html, "<!DOCTYPE html>") == 1u);
  BOOST_TEST(html.find("<title>项目支出绩效自评表（3 个项目）</title>") != std::string::npos);
  BOOST_TEST(html.find("<h1>自评价评分表</h1>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(scoring_sheet_has_weight_target_actual_result_and_criteria) {
  std::string html = RenderHtml({ShenzhenSheet()});
  BOOST_TEST(html.find("<th scope=\"col\">三级指标</th><th scope=\"col\">权重</th><th "
                       "scope=\"col\">目标值</th><th scope=\"col\">业绩值</th><th "
                       "scope=\"col\">评分结果</th><th scope=\"col\">评分标准</th>") !=
             std::string::npos);
  BOOST_TEST(html.find("<td>业绩值为4301万元得满分；每降低1%扣权重值的1%，扣完为止。</td>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(goals_are_two_columns_under_their_merged_title) {
  std::string html = RenderHtml({EdgeCases()});
  BOOST_TEST(html.find("<tr><th scope=\"rowgroup\" rowspan=\"2\">年度总体目标</th>"
                       "<th scope=\"col\">预期目标</th><th scope=\"col\">实际完成情况</th></tr>\n"
                       "<tr><td>为辖区困难老人提供居家养老服务</td><td>服务覆盖 96.5% 的困难老人\n"
                       "投诉率数据未报送</td></tr>") != std::string::npos);
  // An unstated column stays, blank, as on the printed form; no goals, no block.
  ScoreTree tree = EdgeCases();
  tree.project.achieved.clear();
  tree.project.goal = "<b>目标</b>";
  html = RenderHtml({tree});
  BOOST_TEST(html.find("<tr><td>&lt;b&gt;目标&lt;/b&gt;</td><td></td></tr>") != std::string::npos);
  CheckForm(tree);
  BOOST_TEST(RenderHtml({BeijingCarnival()}).find("<table class=\"grid goals\">") ==
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(overridden_scores_carry_their_mark) {
  std::string html = RenderHtml({BeijingCarnival()});
  BOOST_TEST(html.find("<td class=\"num\">7.00<span class=\"mark\">*1</span></td>") !=
             std::string::npos);
  BOOST_TEST(html.find("<li>*1 单位调整得分：计算得分 7.73，说明：农业嘉年华活动时间为58天</li>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
