// The audit as HTML (reports/audit_html.cc); the whole page is compared in tests/cli
// (expected/audit_sample.html) and opened in Chromium in tests/browser.
#include <cstddef>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "engine/audit.h"
#include "indicators/filled_table.h"
#include "reports/audit_report.h"

namespace jixiao {
namespace {

AuditedTable Audit(const std::string& csv) {
  AuditedTable out;
  std::vector<Diagnostic> diagnostics;
  BOOST_REQUIRE(ReadFilledTableCsv(csv, "表<1>.csv", out.table, diagnostics));
  out.result = AuditTable(out.table);
  return out;
}

constexpr const char* kTable =
    "项目名称,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\n"
    "<b>甲</b>&项目,产出指标,数量指标,培训人数,100人,50人,50,50\n"
    ",效益指标,社会效益指标,满意度,≥90%,95%,50,50\n"
    ",总分,,,,,100,100\n"
    "乙项目,产出指标,数量指标,培训人数,100人,100人,100,100\n";

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

BOOST_AUTO_TEST_SUITE(audit_html)

BOOST_AUTO_TEST_CASE(one_table_per_project_with_escaped_names) {
  std::string html = RenderAudit(ReportFormat::kHtml, {Audit(kTable)});
  BOOST_TEST(html.rfind("<!DOCTYPE html>", 0) == 0u);
  BOOST_TEST(Count(html, "<table class=\"grid audit\">") == 2u);
  BOOST_TEST(html.find("<h2>&lt;b&gt;甲&lt;/b&gt;&amp;项目</h2>") != std::string::npos);
  BOOST_TEST(html.find("<h2>乙项目</h2>") != std::string::npos);
  BOOST_TEST(html.find("复核：表&lt;1&gt;.csv") != std::string::npos);
  BOOST_TEST(html.find("<b>") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(differences_and_findings_are_marked_by_severity) {
  std::string html = RenderAudit(ReportFormat::kHtml, {Audit(kTable)});
  // 50 人 of 100 earns 25 of 50 (M2): published 50, a difference of 25 and an error.
  BOOST_TEST(html.find("<tr class=\"error\"><td class=\"num\">2</td><td>产出指标/数量指标/培训人数"
                       "</td><td>100人</td><td>50人</td><td class=\"num\">50</td><td "
                       "class=\"num\">50</td><td class=\"num\">25.00</td><td class=\"num "
                       "differs\">25.00</td>") != std::string::npos);
  BOOST_TEST(html.find("<li class=\"error\">[错误] ") != std::string::npos);
  BOOST_TEST(html.find("<h2>汇总</h2>\n<p class=\"summary\">共 2 个项目") != std::string::npos);
  BOOST_TEST(html.find("<table class=\"grid counts\">") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(pdf_renders_the_same_page) {
  std::vector<AuditedTable> tables = {Audit(kTable)};
  BOOST_TEST(RenderAudit(ReportFormat::kPdf, tables) == RenderAuditHtml(tables));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
