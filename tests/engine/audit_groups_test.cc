#include "engine/audit_groups.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "tests/engine/audit_testing.h"

namespace jixiao {
namespace {

using Lines = std::vector<int>;
using Texts = std::vector<std::string>;

BOOST_AUTO_TEST_SUITE(audit_groups)

// Shenzhen-style: each 一级 and 二级指标 on a row of its own with its 权重.
BOOST_AUTO_TEST_CASE(group_rows_state_points_their_rows_must_add_up_to) {
  AuditedTable a = AuditCsv(
      "一级指标,二级指标,三级指标,权重,目标值,业绩值,评分结果\n"
      "产出目标,,,40,,,\n"              // 2: 38 under it
      ",数量,,20,,,\n"                  // 3
      ",,甲,10,≥1次,1次,10\n"           // 4
      ",,乙,10,≥1次,1次,10\n"           // 5
      ",质量,,20,,,\n"                  // 6: 18 under it
      ",,丙,18,合格,合格,18\n"          // 7
      "效果目标,,,60,,,\n"              // 8: 62 under it
      ",社会效益,,60,,,\n"              // 9: 62 under it
      ",,丁,62,有所提升,有所提升,62\n"  // 10
      ",资产管理,,0,,,\n"               // 11: 0 points, no rows: consistent
      "总分,,,100,,,100\n");            // 12
  BOOST_TEST(LinesWithFindings(a) == (Lines{2, 6, 8, 9}), boost::test_tools::per_element());
  BOOST_TEST(FindingsOn(a, 6) ==
                 (Texts{"分值合计不符: 「产出目标/质量」下各行分值合计 18，不等于该组分值 20"}),
             boost::test_tools::per_element());
  BOOST_TEST(
      FindingsOn(a, 2) == (Texts{"分值合计不符: 「产出目标」下各行分值合计 38，不等于该组分值 40"}),
      boost::test_tools::per_element());
  BOOST_TEST(a.result.rows[RowOnLine(a, 3)].recomputed.value_or(-1) == 20.0);
  BOOST_TEST(a.result.rows_checked == 10);  // 4 indicator rows and 6 group rows
}

// A 一级指标 named "效益/满意度" is its own group, not the 二级指标 满意度 under 效益.
BOOST_AUTO_TEST_CASE(a_group_name_with_a_slash_is_not_a_path) {
  AuditedTable a = AuditCsv(
      "一级指标,二级指标,三级指标,权重,目标值,业绩值,评分结果\n"
      "效益/满意度,,,20,,,\n"  // 2
      ",,甲,20,≥1次,1次,20\n"  // 3
      "效益,,,80,,,\n"         // 4
      ",满意度,,80,,,\n"       // 5
      ",,乙,80,≥1次,1次,80\n"  // 6
      "总分,,,100,,,100\n");   // 7
  BOOST_TEST(LinesWithFindings(a).empty());
  BOOST_TEST(a.result.rows[RowOnLine(a, 2)].recomputed.value_or(-1) == 20.0);
  BOOST_TEST(a.result.rows[RowOnLine(a, 5)].recomputed.value_or(-1) == 80.0);
}

BOOST_AUTO_TEST_CASE(a_group_with_points_but_no_rows_is_flagged) {
  AuditedTable a = AuditCsv(
      "一级指标,二级指标,三级指标,分值,年度指标值,实际完成值,得分\n"
      "产出指标,数量指标,甲,100,1,1,100\n"
      ",质量指标,,5,,,\n"
      "总分,,,100,,,100\n");
  BOOST_TEST(
      FindingsOn(a, 3) ==
          (Texts{"分值合计不符: 「产出指标/质量指标」下没有指标行，分值合计 0，不等于该组分值 5"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_printed_subtotal_must_be_the_sum_of_its_rows) {
  AuditedTable a = AuditCsv(
      "一级指标,二级指标,三级指标,分值,年度指标值,实际完成值,得分\n"
      "产出指标,,,20,,,19\n"  // 2: rows give 9 + 10 = 19
      ",数量指标,,10,,,10\n"  // 3: its row gives 9
      ",,甲,10,10篇,9篇,9\n"
      ",质量指标,,10,,,10\n"
      ",,乙,10,合格,合格,10\n"
      "效益指标,社会效益指标,丙,80,≥1次,1次,80\n"
      "总分,,,100,,,99\n");
  BOOST_TEST(LinesWithFindings(a) == (Lines{3}), boost::test_tools::per_element());
  BOOST_TEST(FindingsOn(a, 3) == (Texts{"小计不等于下级之和: 小计 10 不等于下级各行得分之和 9"}),
             boost::test_tools::per_element());
  const AuditRow& group = a.result.rows[RowOnLine(a, 2)];
  BOOST_TEST(*group.published == 19.0);
  BOOST_TEST(*group.recomputed == 19.0);
}

BOOST_AUTO_TEST_CASE(a_level_points_column_states_the_group_points_on_its_rows) {
  AuditedTable a = AuditCsv(
      "一级指标,一级指标分值,三级指标,分值,年度指标值,实际完成值,得分\n"
      "产出指标,50,甲,30,1,1,30\n"  // 2: 产出指标 50, but 30 + 25 under it
      ",,乙,25,1,1,25\n"
      "效益指标,50,丙,45,1,1,45\n"  // 4: 效益指标 50, 45 under it
      ",40,丁,0,1,1,0\n"            // 5: and here 40
      "总分,,,100,,,100\n");
  BOOST_TEST(LinesWithFindings(a) == (Lines{2, 4, 5}), boost::test_tools::per_element());
  BOOST_TEST(
      FindingsOn(a, 2) ==
          (Texts{"分值合计不符: 「产出指标」下各行分值合计 55，不等于该组分值 50（一级指标分值，第 "
                 "2 行）"}),
      boost::test_tools::per_element());
  BOOST_TEST(
      FindingsOn(a, 5) ==
          (Texts{"分值合计不符: 一级指标分值写作 40，而「效益指标」的分值是 50（一级指标分值，第 "
                 "4 行）"}),
      boost::test_tools::per_element());
}

// The form as printed: 一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重.
BOOST_AUTO_TEST_CASE(a_weight_column_right_of_a_level_is_that_levels_points) {
  AuditedTable a = AuditCsv(
      "一级指标,权重,二级指标,权重,三级指标,权重,目标值,业绩值,评分结果\n"
      "产出目标,60,数量,30,甲,30,1,1,30\n"
      ",,质量,30,乙,20,1,1,20\n"  // 3: 质量 30, 20 under it; 产出目标 60, 50 under it
      "效果目标,40,满意度,40,丙,50,1,1,50\n");  // 4: 40, 50 under it
  BOOST_TEST(LinesWithFindings(a) == (Lines{2, 3, 4}), boost::test_tools::per_element());
  BOOST_TEST(FindingsOn(a, 3).size() == 1u);  // 产出目标/质量
  BOOST_TEST(FindingsOn(a, 4).size() == 2u);  // 效果目标 and 效果目标/满意度
}

BOOST_AUTO_TEST_CASE(a_flat_table_gets_only_the_total_check) {
  AuditedTable a = AuditCsv(
      "一级指标,二级指标,三级指标,分值,年度指标值,实际完成值,得分\n"
      "产出指标,数量指标,甲,45,1,1,45\n"
      ",质量指标,乙,10,1,1,10\n"
      "效益指标,社会效益指标,丙,40,1,1,40\n"
      "总分,,,100,,,95\n");
  BOOST_TEST(LinesWithFindings(a) == (Lines{5}), boost::test_tools::per_element());
  BOOST_TEST(FindingsOn(a, 5) == (Texts{"分值合计不符: 各行分值合计 95，不等于总分值 100"}),
             boost::test_tools::per_element());
}

const char* const kCentral = R"(
id: mini
name: 迷你
total: 100
defaults: {positive: 正向比例, negative: {method: 反向, variant: R1}, qualitative: 人工评分}
indicators:
  - {id: budget, name: 预算执行率, points: 10, method: 预算执行率}
  - id: output
    name: 产出指标
    points: 50
    children: [{id: quantity, name: 数量指标, open: true}, {id: quality, name: 质量指标, open: true}]
  - id: benefit
    name: 效益指标
    points: 30
    children: [{id: social, name: 社会效益指标, open: true}]
  - id: satisfaction
    name: 满意度指标
    points: 10
    children: [{id: beneficiary, name: 服务对象满意度指标, open: true}]
)";

// A central-style table: 预算执行率 10, one row each for 产出, 效益 and (unless empty) 满意度.
std::string Table(const std::string& output, const std::string& benefit,
                  const std::string& satisfaction) {
  std::string csv =
      "一级指标,二级指标,三级指标,全年预算数,全年执行数,分值,年度指标值,实际完成值,得分\n"
      "预算执行率,,,100,100,10,,,10\n"
      "产出指标,数量指标,甲,,," +
      output + ",1,1," + output +
      "\n"
      "效益指标,社会效益指标,乙,,," +
      benefit + ",1,1," + benefit + "\n";
  if (!satisfaction.empty())
    csv +=
        "满意度指标,服务对象满意度指标,丙,,," + satisfaction + ",≥90%,95%," + satisfaction + "\n";
  return csv;
}

BOOST_AUTO_TEST_CASE(the_template_states_group_points_when_the_table_does_not) {
  std::unique_ptr<Scorecard> card = CompileTemplate(kCentral);
  // 产出 45 and 效益 35 against 50 and 30: the total is still 100.
  const std::string csv = Table("45", "35", "10");
  AuditedTable a = AuditCsv(csv, card.get());
  BOOST_TEST(LinesWithFindings(a) == (Lines{3, 4}), boost::test_tools::per_element());
  BOOST_TEST(
      FindingsOn(a, 3) ==
          (Texts{"分值合计不符: 「产出指标」下各行分值合计 45，不等于模板中「产出指标」的分值 50"}),
      boost::test_tools::per_element());
  // Without the template, only the total is checked, and it adds up.
  BOOST_TEST(LinesWithFindings(AuditCsv(csv)).empty());
}

BOOST_AUTO_TEST_CASE(points_of_a_group_without_rows_may_move_to_its_siblings) {
  std::unique_ptr<Scorecard> card = CompileTemplate(kCentral);
  // No 满意度 rows: its 10 moved to 效益 (Beijing, 13 of 35 tables).
  BOOST_TEST(LinesWithFindings(AuditCsv(Table("50", "40", ""), card.get())).empty());
  // Moved to 产出 instead: also accepted.
  BOOST_TEST(LinesWithFindings(AuditCsv(Table("60", "30", ""), card.get())).empty());
  // 15 taken from 产出 and 25 given to 效益: the 10 moved, but 产出 lost points.
  AuditedTable a = AuditCsv(Table("35", "55", ""), card.get());
  BOOST_TEST(LinesWithFindings(a) == (Lines{3, 4}), boost::test_tools::per_element());
  BOOST_TEST(
      FindingsOn(a, 4) ==
          (Texts{"分值合计不符: 「效益指标」下各行分值合计 55，不等于模板中「效益指标」的分值 "
                 "30（「满意度指标」没有指标行，其 10 分可移入同级分组，但移入的合计应正好是 10 "
                 "分）"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
