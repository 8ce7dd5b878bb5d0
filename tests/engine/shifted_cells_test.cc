#include "engine/shifted_cells.h"

#include <ostream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "tests/engine/audit_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct Case {
  const char* row;  // 三级指标,年度指标值,实际完成值,完成情况,分值,得分,偏差原因
  const char* expected;  // the message, "" for a consistent row
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.row; }

// 完成情况 is a column jixiao does not read, right of 实际完成值.
const char* const kHeader = "三级指标,年度指标值,实际完成值,完成情况,分值,得分,偏差原因\n";

const std::vector<Case> kCases = {
    // Consistent rows: never a finding.
    {"参训人数,≥200人,210人,,10,10,", ""},
    {"指标1:培训天数,14,14,,5,5,", ""},
    {"验收情况,合格,合格,,10,10,", ""},
    {"完成时间,12月底前完成,按时完成,,5,5,", ""},
    {"人均成本,≤150元,165元,,15,13.64,人工上涨", ""},
    {"满意度,≥90%,,,10,,", ""},           // both blank: unreadable, not shifted
    {"满意度,≥90%,95%,,10,不适用,", ""},  // a word for "no figure"
    {"满意度,良好,良好,,10,优,", ""},     // text in 得分, but not the row's value
    {"满意度,≥90%,,95,10,10,", ""},       // a bare number beside an empty actual
    {"满意度,合格,,,10,10,合格", ""},     // the note column is prose
    {"2020年度培训,1,1,,10,10,", ""},
    // 1: a target or actual in 分值 or 得分.
    {"满意度,≥90%,93%,,≥90%,10,",
     "疑似错列：分值列是「≥90%」，像是年度指标值或实际完成值，不是分数"},
    {"预算控制,52万元,52万元,,10,52万元,",
     "疑似错列：得分列是「52万元」，像是年度指标值或实际完成值，不是分数"},
    {"完成时间,12月底前完成,,,5,12月底前完成,",
     "疑似错列：得分列是「12月底前完成」，像是年度指标值或实际完成值，不是分数，而实际完成值为空"},
    {"参训人数,约270人,约100人,,约100人,15,",
     "疑似错列：分值列是「约100人」，像是年度指标值或实际完成值，不是分数"},
    // 2: text in 分值 or 得分 where the row's value is missing, or equal to it.
    {"工作安排,顺利完成,,,10,顺利完成,",
     "疑似错列：得分列是文字「顺利完成」，不是分数，而实际完成值为空"},
    {"工作安排,顺利完成,顺利完成,,顺利完成,10,",
     "疑似错列：分值列是文字「顺利完成」，不是分数，与实际完成值相同"},
    // 3: an empty actual, and a value of the target's kind right of it.
    {"参训人数,≥200人,,210人,10,10,",
     "疑似错列：实际完成值为空，右边的「完成情况」列却是「210人」，像是实际完成值"},
    {"完成时间,12月底前完成,,11月30日前,5,5,",
     "疑似错列：实际完成值为空，右边的「完成情况」列却是「11月30日前」，像是实际完成值"},
    {"工作安排,顺利完成,,顺利完成,10,10,",
     "疑似错列：实际完成值为空，右边的「完成情况」列却是「顺利完成」，像是实际完成值"},
    // 4: a number as the indicator's name.
    {"5,≥90%,95%,,10,10,", "疑似错列：三级指标「5」是数值，不是指标名称"},
    {"≥90%,满意,满意,,10,10,", "疑似错列：三级指标「≥90%」是数值，不是指标名称"},
};

BOOST_AUTO_TEST_SUITE(shifted_cells)

BOOST_DATA_TEST_CASE(one_check_for_cells_in_the_wrong_column, bdata::make(kCases), c) {
  FilledTable table;
  std::vector<Diagnostic> diagnostics;
  BOOST_TEST_REQUIRE(
      ReadFilledTableCsv(std::string(kHeader) + c.row + "\n", "t.csv", table, diagnostics));
  BOOST_TEST_REQUIRE(table.rows.size() == 1u);
  BOOST_TEST(FindShiftedCells(table, table.rows[0]).message == c.expected);
}

BOOST_AUTO_TEST_CASE(a_budget_row_has_no_target_or_actual_to_miss) {
  FilledTable table;
  std::vector<Diagnostic> diagnostics;
  BOOST_TEST_REQUIRE(
      ReadFilledTableCsv("一级指标,三级指标,全年预算数,全年执行数,年度指标值,实际完成值,分值,得分\n"
                         "预算执行率,,100,100,,,10,优\n"
                         "预算执行率,,100,100,,,10,100%\n",
                         "t.csv", table, diagnostics));
  BOOST_TEST(FindShiftedCells(table, table.rows[0]).message == "");
  BOOST_TEST(FindShiftedCells(table, table.rows[1]).message ==
             "疑似错列：得分列是「100%」，像是年度指标值或实际完成值，不是分数");
}

BOOST_AUTO_TEST_CASE(a_shifted_row_has_that_one_finding) {
  AuditedTable a = AuditCsv(
      "三级指标,年度指标值,实际完成值,分值,得分\n"
      "满意度,≥90%,,93%,10\n"  // the actual slid right: 分值 holds it, 得分 the points
      "参训人数,≥200人,210人,90,90\n");
  BOOST_TEST(FindingsOn(a, 2) == (std::vector<std::string>{
                                     "疑似错列: 疑似错列：分值列是「93%」，像是年度指标值或实际"
                                     "完成值，不是分数，而实际完成值为空"}),
             boost::test_tools::per_element());
  BOOST_TEST(a.result.has_errors);
  // 分值 cannot be read, so the total is not checked against it.
  BOOST_TEST(FindingsOn(a, 3).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
