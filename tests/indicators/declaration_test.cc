#include "indicators/declaration.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "indicators/declaration_skeleton.h"
#include "indicators/template_loader.h"

namespace jixiao {
namespace {

const char* kHeader =
    "项目名称,一级指标,二级指标,三级指标,绩效指标性质,指标值,度量单位,指标方向性\n";

struct Read {
  bool ok = false;
  Declaration declaration;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> Messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics) out.push_back(FormatDiagnostic(d));
    return out;
  }
  /// Every message on its own line, for a failing check's report ("" when there is none).
  std::string AllMessages() const {
    std::string all;
    for (const std::string& m : Messages()) all += m + "\n";
    return all;
  }
};

Read ReadText(const std::string& csv) {
  Read r;
  r.ok = ReadDeclarationFile(csv, "d.csv", "", r.declaration, r.diagnostics);
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(declaration)

BOOST_AUTO_TEST_CASE(merged_cells_continue_the_project_and_levels_above) {
  Read r = ReadText(std::string(kHeader) +
                    "甲项目,产出指标,数量指标,培训人次,≥,200,人次,正向\n"
                    ",,,培训场次,=,4,场,正向指标\n"
                    ",,时效指标,完成时间,≤,12,月,反向\n"
                    ",效益指标,社会效益指标,群众知晓度,定性,明显提升,,正向\n"
                    "乙项目,满意度指标,服务对象满意度指标,满意度,≥,95,%,正向\n");
  BOOST_TEST(r.ok);
  BOOST_TEST(r.diagnostics.empty(), r.AllMessages());
  BOOST_TEST_REQUIRE(r.declaration.projects.size() == 2u);
  const DeclaredProject& a = r.declaration.projects[0];
  BOOST_TEST_REQUIRE(a.indicators.size() == 4u);
  BOOST_TEST(a.indicators[1].level1 == "产出指标");
  BOOST_TEST(a.indicators[1].level2 == "数量指标");
  BOOST_TEST(a.indicators[1].target == "=4场");
  BOOST_TEST(a.indicators[2].level2 == "时效指标");
  BOOST_TEST(a.indicators[2].target == "≤12月");
  BOOST_TEST((a.indicators[2].direction == Direction::kNegative));
  BOOST_TEST(a.indicators[3].level2 == "社会效益指标");
  BOOST_TEST((a.indicators[3].nature == Comparator::kQualitative));
  BOOST_TEST(a.indicators[3].target == "明显提升");
  BOOST_TEST(r.declaration.projects[1].indicators[0].target == "≥95%");
  BOOST_TEST(a.indicators[1].where.line == 3);
}

struct CheckCase {
  const char* name;
  const char* rows;  // after the header
  bool ok;
  const char* message;  // the first diagnostic, formatted
};

std::ostream& operator<<(std::ostream& os, const CheckCase& c) { return os << c.name; }

const CheckCase kChecks[] = {
    {"ceiling marked positive", "甲,产出指标,成本指标,人均成本,≤,150,元,正向\n", true,
     "d.csv:2:26: warning: 绩效指标性质「≤」与指标方向性「正向」矛盾 "
     "[甲/产出指标/成本指标/人均成本]\n"
     "  hint: 「≤」是上限，应为反向；核对性质或方向"},
    {"floor marked negative", "甲,产出指标,数量指标,人次,≥,150,人次,反向指标\n", true,
     "d.csv:2:25: warning: 绩效指标性质「≥」与指标方向性「反向指标」矛盾 "
     "[甲/产出指标/数量指标/人次]\n"
     "  hint: 「≥」是下限，应为正向；核对性质或方向"},
    {"missing unit", "甲,产出指标,数量指标,培训人次,≥,200,,正向\n", true,
     "d.csv:2:24: warning: 数值指标没有度量单位 [甲/产出指标/数量指标/培训人次]\n"
     "  hint: 在度量单位列写出单位，如 个、%、万元"},
    {"unit in the value cell is enough", "甲,产出指标,数量指标,培训人次,≥,200人次,,正向\n", true,
     ""},
    {"qualitative with a number", "甲,效益指标,社会效益指标,知晓度,定性,90,%,正向\n", true,
     "d.csv:2:22: warning: 定性指标的指标值「90」是数值 [甲/效益指标/社会效益指标/知晓度]\n"
     "  hint: 数值目标请把绩效指标性质改为 ≥、≤ 或 =；定性目标请写出要达到的程度"},
    {"whole scale is a note", "甲,效益指标,社会效益指标,知晓度,定性,优良中低差,,正向\n", true,
     "d.csv:2:22: note: 指标值「优良中低差」是整个等级序列，没有写出目标档次 "
     "[甲/效益指标/社会效益指标/知晓度]\n  hint: 写出要达到的档次，如 优；骨架中原样保留"},
    {"unreadable value", "甲,产出指标,数量指标,培训人次,≥,两百,人次,正向\n", false,
     "d.csv:2:20: error: 指标值「两百」读不出数值 [甲/产出指标/数量指标/培训人次]\n"
     "  hint: 写成数值，如 95；文字目标请把性质改为 定性"},
    {"malformed number", "甲,产出指标,数量指标,培训人次,≥,1.2.3,人次,正向\n", false,
     "d.csv:2:20: error: 指标值「1.2.3」读不出数值 [甲/产出指标/数量指标/培训人次]\n"
     "  hint: 数值「1.2.3」有 2 个小数点"},
    {"missing value", "甲,产出指标,数量指标,培训人次,≥,,人次,正向\n", false,
     "d.csv:2:20: error: 缺少指标值 [甲/产出指标/数量指标/培训人次]\n  hint: 写出数值目标，如 95"},
    {"unknown nature", "甲,产出指标,数量指标,培训人次,大约,200,人次,正向\n", false,
     "d.csv:2:18: error: 无法识别的绩效指标性质「大约」 [甲/产出指标/数量指标/培训人次]\n"
     "  hint: 写 ≥、≤、=、>、< 或 定性"},
    {"unknown direction", "甲,产出指标,数量指标,培训人次,≥,200,人次,向上\n", false,
     "d.csv:2:27: error: 无法识别的指标方向性「向上」 [甲/产出指标/数量指标/培训人次]\n"
     "  hint: 写 正向 或 反向"},
    {"missing level 3", "甲,产出指标,数量指标,,≥,200,人次,正向\n", false,
     "d.csv:2:13: error: 缺少三级指标 [甲/产出指标/数量指标/]\n  hint: 写出指标名称"},
    {"first row without a project", ",产出指标,数量指标,培训人次,≥,200,人次,正向\n", false,
     "d.csv:2:1: error: 第一个指标行没有项目名称\n  hint: "
     "在项目名称列写出项目名称（合并单元格的值写在第一行）"},
};

BOOST_DATA_TEST_CASE(each_check_is_a_located_message, boost::unit_test::data::make(kChecks), c) {
  Read r = ReadText(std::string(kHeader) + c.rows);
  BOOST_TEST(r.ok == c.ok);
  if (std::string(c.message).empty()) {
    BOOST_TEST(r.diagnostics.empty());
    return;
  }
  BOOST_TEST_REQUIRE(!r.diagnostics.empty());
  BOOST_TEST(r.Messages().front() == c.message);
}

// A percentage-formatted XLSX cell reads "95%" (indicators/xlsx_number_format.h): beside a
// 度量单位 of %, the unit is not written twice.
BOOST_AUTO_TEST_CASE(a_value_that_carries_its_unit_keeps_it_once) {
  Read r =
      ReadText(std::string(kHeader) + "甲项目,满意度指标,服务对象满意度指标,满意度,≥,95%,%,正向\n" +
               ",,,回访率,≥,95,%,正向\n");
  BOOST_TEST(r.diagnostics.empty());
  BOOST_TEST_REQUIRE(r.declaration.projects.size() == 1u);
  BOOST_TEST_REQUIRE(r.declaration.projects[0].indicators.size() == 2u);
  BOOST_TEST(r.declaration.projects[0].indicators[0].target == "≥95%");
  BOOST_TEST(r.declaration.projects[0].indicators[1].target == "≥95%");
}

BOOST_AUTO_TEST_CASE(weights_must_add_up_to_100_per_project) {
  Read r = ReadText(
      "项目名称,一级指标,二级指标,三级指标,绩效指标性质,绩效指标值,绩效度量单位,权重\n"
      "甲,产出指标,数量指标,走访,≥,20,家,50\n"
      ",,,接待,≥,2,批,40\n"
      "乙,产出指标,数量指标,走访,≥,20,家,100\n");
  BOOST_TEST(r.ok);
  BOOST_TEST_REQUIRE(r.diagnostics.size() == 1u);
  BOOST_TEST(r.Messages()[0] ==
             "d.csv:2:1: warning: 项目「甲」各指标权重之和为 90，不是 100 [甲]\n"
             "  hint: 调整各指标的权重，使其合计 100");
  BOOST_TEST(*r.declaration.projects[0].indicators[0].weight == 50);
}

BOOST_AUTO_TEST_CASE(missing_columns_and_bad_weights_are_errors) {
  Read r = ReadText("项目名称,一级指标,二级指标,绩效指标性质\n甲,产出指标,数量指标,≥\n");
  BOOST_TEST(!r.ok);
  BOOST_TEST(
      r.Messages() ==
          (std::vector<std::string>{
              "d.csv:1: error: 申报表缺少「三级指标」列\n  hint: "
              "第一行是列名：项目名称、一级指标、"
              "二级指标、三级指标、绩效指标性质、指标值、度量单位、指标方向性（权重可选）",
              "d.csv:1: error: 申报表缺少「指标值」列\n  hint: 第一行是列名：项目名称、一级指标、"
              "二级指标、三级指标、绩效指标性质、指标值、度量单位、指标方向性（权重可选）"}),
      boost::test_tools::per_element());
  Read w = ReadText("项目名称,三级指标,指标值,权重,负责人\n甲,走访,≥20家,五十\n");
  BOOST_TEST(!w.ok);
  BOOST_TEST(
      w.Messages() ==
          (std::vector<std::string>{
              "d.csv:1:18: warning: 申报表中未知的列名「负责人」，该列不读\n  hint: "
              "是否想写「项目负责人」？",
              "d.csv:2:1: warning: 指标没有一级或二级指标 [甲///走访]\n"
              "  hint: 写出一级指标和二级指标，如 产出指标、数量指标",
              "d.csv:2:11: error: 权重「五十」不是数值 [甲///走访]\n  hint: 写成数值，如 20"}),
      boost::test_tools::per_element());
}

const CheckCase kTableChecks[] = {
    {"empty table", "\n\n", false,
     "d.csv: error: 申报表是空的\n  hint: 第一行写列名，其后每行一个指标"},
    {"same column twice", "项目名称,三级指标,指标值,目标值\n", false,
     "d.csv:1:15: error: 列名「目标值」与第 3 列是同一列\n  hint: 删掉其中一列"},
    {"budget in a unit that is not money", "项目名称,三级指标,指标值,项目总额（个）\n", false,
     "d.csv:1:15: error: 列名「项目总额（个）」里的单位「个」不是金额单位\n"
     "  hint: 项目总额的单位用 元、千元、万元 或 亿元"},
    {"budget not a number",
     "项目名称,一级指标,二级指标,三级指标,指标值,项目总额\n甲,产出指标,数量指标,走访,≥20家,"
     "约八十万\n",
     false,
     "d.csv:2:21: error: 项目总额「约八十万」不是数值 [甲]\n  hint: "
     "写成数值，单位写在列名的括号里，如 项目总额（万元）"},
    {"qualitative without a value",
     "项目名称,一级指标,二级指标,三级指标,绩效指标性质,指标值\n甲,效益指标,社会效益指标,知晓度,"
     "定性,\n",
     true,
     "d.csv:2:22: warning: 定性指标没有写指标值 [甲/效益指标/社会效益指标/知晓度]\n  hint: "
     "写出要达到的程度，如 良好"},
};

BOOST_DATA_TEST_CASE(table_level_checks, boost::unit_test::data::make(kTableChecks), c) {
  Read r = ReadText(c.rows);
  BOOST_TEST(r.ok == c.ok);
  BOOST_TEST_REQUIRE(!r.diagnostics.empty());
  BOOST_TEST(r.Messages().front() == c.message);
}

BOOST_AUTO_TEST_CASE(budget_column_unit_comes_from_its_brackets) {
  Read r = ReadText(
      "项目名称,预算支出总额（元）,三级指标,一级指标,二级指标,指标值\n"
      "甲,6119581.88,走访,产出指标,数量指标,≥20家\n");
  BOOST_TEST(r.ok);
  BOOST_TEST(*r.declaration.projects[0].budget == 6119581.88);
  BOOST_TEST(r.declaration.projects[0].budget_unit == "元");
  BOOST_TEST(r.declaration.projects[0].indicators[0].target == "≥20家");
}

BOOST_DATA_TEST_CASE(yaml_scalars_quote_only_when_needed,
                     boost::unit_test::data::make({"工作经费", "=3个", "≥95%", "目标1:巩固", "a: b",
                                                   "#1", "- 列表", "123", "true", "", "引号\"内"}) ^
                         boost::unit_test::data::make({"工作经费", "=3个", "≥95%", "目标1:巩固",
                                                       "\"a: b\"", "\"#1\"", "\"- 列表\"",
                                                       "\"123\"", "\"true\"", "\"\"", "引号\"内"}),
                     text, expected) {
  BOOST_TEST(YamlScalar(text) == expected);
}

BOOST_AUTO_TEST_CASE(skeleton_proposes_points_and_moves_empty_groups) {
  LoadResult t =
      LoadTemplateFile(std::string(JIXIAO_SOURCE_DIR) + "/indicators/sets/central_2020.yaml");
  BOOST_TEST_REQUIRE(t.value.has_value());
  Read r = ReadText(std::string(kHeader) +
                    "甲,产出指标,数量指标,培训人次,≥,200,人次,正向\n"
                    ",,,培训场次,=,4,场,正向\n"
                    ",,质量指标,合格率,≥,90,%,正向\n"
                    ",满意度指标,服务对象满意度,满意度,≥,90,%,正向\n"
                    ",其他指标,其他,未知指标,≥,1,个,正向\n");
  BOOST_TEST_REQUIRE(r.ok);
  std::vector<Diagnostic> diagnostics;
  std::string yaml = DeclarationSkeleton(r.declaration, &*t.value, diagnostics);
  // 产出 50 + 效益 30 (no indicators: moved to 产出) = 80 over 3 indicators: 26.67, 26.67, 26.66.
  BOOST_TEST(yaml.find("points: {产出指标: 80, 效益指标: 0}") != std::string::npos, yaml);
  BOOST_TEST(yaml.find("        points: 26.67\n") != std::string::npos);
  BOOST_TEST(yaml.find("        points: 26.66\n") != std::string::npos);
  BOOST_TEST_REQUIRE(diagnostics.size() == 1u);
  BOOST_TEST(
      FormatDiagnostic(diagnostics[0]) ==
      "d.csv:6:1: warning: 模板「central-project-2020」中没有开放分组「其他指标/其他」，未拟定分值 "
      "[甲/其他指标/其他/未知指标]\n  hint: "
      "改正一级、二级指标的名称，或在模板中为它加别名（aliases）");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
