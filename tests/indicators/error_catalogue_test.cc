// One case per error of docs/errors.md that no other test asserts: the input that causes it
// and the message jixiao gives. The codes are the catalogue's.
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "indicators/project_loader.h"
#include "indicators/template_loader.h"
#include "indicators/validate.h"
#include "indicators/yaml_document.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct Case {
  const char* code;
  std::string yaml;
  std::string message;  // a line of the output, or the part of it that does not vary
};
std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.code; }

// Every diagnostic of loading (and, when it loads, validating) a template, one per line.
std::string TemplateMessages(const std::string& yaml) {
  const auto files = [](const std::string& path) -> std::optional<std::string> {
    if (path == "base.yaml")
      return "id: base\nname: 基\nindicators:\n  - {id: a, name: 甲, points: 100, children: "
             "[{id: a1, name: 甲一, points: 100, method: 达标全得}]}\n";
    if (path.starts_with("chain"))  // chain1.yaml extends chain2.yaml, and so on
      return "id: c\nextends: chain" + std::to_string(std::stoi(path.substr(5)) + 1) + ".yaml\n";
    return std::nullopt;
  };
  LoadResult r = LoadTemplateFromString(yaml, "t.yaml", files);
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += FormatDiagnostic(d) + "\n";
  if (r.value)
    for (const Diagnostic& d : ValidateTemplate(*r.value)) out += FormatDiagnostic(d) + "\n";
  return out;
}

std::string Node(const std::string& fields) {
  return "id: t\nname: 测\nindicators:\n  - {name: 甲, points: 100, " + fields + "}\n";
}

const Case kTemplateCases[] = {
    {"JX-Y01", "id: t\nname: *nowhere\n",
     "t.yaml:2:7: error: YAML 语法错误：the referenced anchor is not defined"},
    {"JX-Y05", "id: t\n? [a]\n: 1\n", "t.yaml:2:3: error: 键必须是文本，不能是列表或映射"},
    {"JX-Y09", "id: t\n---\nid: u\n", "error: 文件中有多个 YAML 文档（---）"},
    {"JX-Y11", "- a\n", "t.yaml:1:1: error: 模板应是映射（键: 值），这里是列表"},
    {"JX-Y12", "id: t\n编号: u\n", "「编号」与同义的键重复"},
    {"JX-Y13", "id: [t]\n", "「id」应是文本，这里是列表"},
    {"JX-Y15", Node("method: 达标全得, open: 也许"), "「open」应是 true 或 false（是/否）"},
    {"JX-T02", "id: t\nextends: chain1.yaml\n", "模板继承层数过多（上限 8）"},
    {"JX-T04", "", "t.yaml:1:1: error: 模板文件是空的"},
    {"JX-T05", "id: t\nname: 测\n", "t.yaml:1:1: error: 模板缺少「indicators」"},
    {"JX-T07", "id: t\nyear: 20\nindicators: []\n", "年度应是四位整数年份，例如 2020"},
    {"JX-T08", "id: t\ntotal: 0\nindicators: []\n", "总分必须大于 0"},
    {"JX-T09", "id: t\nrounding: 五舍六入\nindicators: []\n", "未知的舍入方式「五舍六入」"},
    {"JX-T10", "id: t\nrounding: {mode: half_up, places: 9}\nindicators: []\n",
     "小数位应是 0 到 6 的整数"},
    {"JX-T11", "id: t\ngrades: 优\nindicators: []\n", "grades 应是等级列表"},
    {"JX-T12", "id: t\ngrades: [{label: 优}]\nindicators: []\n", "缺少「min」"},
    {"JX-T13", "id: t\nnot_applicable: 随意\nindicators: []\n", "未知的不适用处理方式「随意」"},
    {"JX-T14", "id: t\nform: 横版\nindicators: []\n", "未知的表样「横版」"},
    {"JX-T15", "id: t\nscales: [a]\nindicators: []\n", "scales 应是映射：量表名 → 档次列表"},
    {"JX-T16", "id: t\nscales: {三档: 好}\nindicators: []\n", "量表「三档」应是档次列表"},
    {"JX-T17", "id: t\nscales: {三档: [{label: 好}]}\nindicators: []\n", "缺少「score」"},
    {"JX-T18", "id: t\nscales: {三档: [{label: 好, score: 2}]}\nindicators: []\n",
     "档次「好」的比例应在 0 到 1 之间，且下限不大于上限"},
    {"JX-T19", "id: t\nindicators: 甲\n", "指标应写成列表（每项以 - 开头）"},
    {"JX-T21", "id: t\nindicators:\n  - {name: 甲, points: -1, method: 达标全得}\n",
     "分值不能为负数"},
    {"JX-T22", Node("method: 达标全得, comparator: 约等于"), "未知的指标性质「约等于」"},
    {"JX-T23", Node("method: 达标全得, direction: 横向"), "未知的指标方向「横向」"},
    {"JX-T24", Node("method: 达标全得, formula: 权重"), "不能同时写 method 和 formula"},
    {"JX-T25", Node("open: true, children: [{name: 乙, points: 100, method: 达标全得}]"),
     "开放分组（open: true）不能在模板中列出下级指标"},
    {"JX-T26", "id: c\nextends: base.yaml\nremove: [无此]\n",
     "要删除的指标「无此」在被继承的模板中不存在"},
    {"JX-T27", "id: c\nextends: base.yaml\noverrides: a1\n",
     "overrides 应是列表，每项用 id 指明要修改的指标"},
    {"JX-T28", "id: c\nextends: base.yaml\noverrides: [{id: 无此, points: 1}]\n",
     "要修改的指标「无此」在被继承的模板中不存在"},
    {"JX-T29", "id: c\nextends: base.yaml\nadd: a1\n", "add 应是列表，每项用 under 指明上级指标"},
    {"JX-T30", "id: c\nextends: base.yaml\nadd: [{under: 无此, name: 乙, points: 0}]\n",
     "上级指标「无此」不存在"},
    {"JX-M02", Node("method: {method: 分档, bands: 好}"), "bands 应是分档列表"},
    {"JX-M03", Node("method: {method: 分档, bands: [{from: 0, to: 1, points: 1, fraction: 1}]}"),
     "分档不能同时写 points 和 fraction"},
    {"JX-M04", Node("method: {method: 分档, bands: [{from: 0, to: 1}]}"), "缺少「points」"},
    {"JX-M05", Node("method: {method: 条款累加, items: 好}"), "items 应是条款列表"},
    {"JX-M06", Node("method: {method: 条款累加, items: [{points: 1}]}"), "缺少「label」"},
    {"JX-M07", Node("method: 公式"), "公式方法需要写出公式"},
    {"JX-M08", Node("method: {per: 1}"), "缺少「method」"},
    {"JX-M09", Node("method: {method: [a]}"), "方法名应是文本"},
    {"JX-M10", Node("method: {method: 达标全得, formula: 权重}"), "只有公式方法才能写 formula"},
    {"JX-M11", Node("method: {method: 公式}"), "缺少「formula」"},
    {"JX-M12", Node("method: {method: 反向, variant: R9}"), "未知的反向变体「R9」"},
    {"JX-M13", Node("method: {method: 反向, variant: R3, per: 1, step: 0}"), "step 必须大于 0"},
    {"JX-M14", Node("method: {method: 扣分, per: 1, measure: 温度}"), "未知的度量「温度」"},
    {"JX-M15", Node("method: {method: 反向, variant: R3}"), "缺少「per」"},
    {"JX-M16", Node("method: {method: 分档}"), "缺少「bands」"},
    {"JX-M17", Node("method: {method: 条款累加}"), "缺少「items」"},
    {"JX-V02",
     "id: t\nindicators:\n  - {name: 甲, points: 50, method: 达标全得}\n"
     "  - {name: 甲, points: 50, method: 达标全得}\n",
     "同一上级下有两个同名指标「甲」（另一个在第 3 行）"},
    {"JX-V03", "id: t\nindicators:\n  - {name: 甲, points: 100, children: []}\n",
     "分组没有下级指标"},
    {"JX-V05", Node("open: true, target: ≥90%"), "开放分组不能有目标值"},
    {"JX-V10", Node("method: {method: 分档, bands: [{from: 5, to: 1, points: 1}]}"),
     "error: 分档 [5, 1) 的下限大于上限 [甲]"},
    {"JX-V11",
     Node("method: {method: 分档, bands: [{from: 0, to: 5, points: 1}, {from: 4, to: 9, points: "
          "2}]}"),
     "t.yaml:4:86: error: 分档 [0, 5) 与 [4, 9) 重叠 [甲]"},
    {"JX-V13",
     "id: t\ngrades: [{label: 优, min: 90}, {label: 优, min: 0}]\nindicators:\n"
     "  - {name: 甲, points: 100, method: 达标全得}\n",
     "等级「优」重复"},
    {"JX-V15",
     "id: t\nscales: {空: []}\nindicators:\n  - {name: 甲, points: 100, method: 达标全得}\n",
     "量表「空」没有档次"},
};

std::string DataMessages(const std::string& yaml) {
  ProjectLoadResult r = LoadProjectsFromYaml(yaml, "d.yaml");
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += FormatDiagnostic(d) + "\n";
  return out;
}

const Case kDataCases[] = {
    {"JX-D01", "projects: 甲\n", "projects 应是项目列表"},
    {"JX-D02", "projects:\n  - {unit: 乙}\n", "缺少「name」"},
    {"JX-D03", "name: 甲\nindicators: 乙\n", "indicators 应是指标列表"},
    {"JX-D05", "name: 甲\nbudget: {initial: -1}\n", "资金数不能为负数"},
    {"JX-D06", "name: 甲\npoints: 40\n", "points 应是映射：分组名 → 分值"},
    {"JX-D07", "name: 甲\npoints: {效益指标: -4}\n", "分组「效益指标」的分值应是非负数字"},
    {"JX-D08", "name: 甲\nindicators:\n  - {actual: 1}\n", "缺少「id」"},
    {"JX-D10", "name: 甲\nindicators:\n  - {id: a, score: 1, override: 2, note: 因}\n",
     "不能同时写 score 和 override"},
    {"JX-D11", "", "d.yaml:1:1: error: 项目数据文件是空的"},
    {"JX-Y16", "name: 甲\nindicators:\n  - {id: a, satisfied: {乙: 丙}}\n",
     "「satisfied」应是文本列表"},
    {"JX-Y17", "name: 甲\nindicators:\n  - {id: a, satisfied: [[乙]]}\n",
     "「satisfied」的每一项应是文本"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(error_catalogue)

BOOST_DATA_TEST_CASE(template_errors, bdata::make(kTemplateCases), c) {
  const std::string out = TemplateMessages(c.yaml);
  BOOST_TEST(out.find(c.message) != std::string::npos, c.code << ":\n" << out);
}

BOOST_DATA_TEST_CASE(data_errors, bdata::make(kDataCases), c) {
  const std::string out = DataMessages(c.yaml);
  BOOST_TEST(out.find(c.message) != std::string::npos, c.code << ":\n" << out);
}

// JX-Y04: the node limit, with a small limit so that the test stays fast.
BOOST_AUTO_TEST_CASE(yaml_node_limit) {
  YamlNode root;
  std::vector<Diagnostic> diagnostics;
  BOOST_TEST(!ParseYaml("[1, 2, 3, 4]", "t.yaml", root, diagnostics, YamlLimits{.max_nodes = 3}));
  BOOST_REQUIRE(diagnostics.size() == 1u);
  BOOST_TEST(FormatDiagnostic(diagnostics[0]) == "t.yaml:1:11: error: YAML 节点过多（上限 3）");
}

// JX-D12: the type of a data file comes from its extension.
BOOST_AUTO_TEST_CASE(unknown_data_file_type) {
  ProjectLoadResult r = LoadProjectFile("projects.xml");
  BOOST_REQUIRE(r.diagnostics.size() == 1u);
  BOOST_TEST(FormatDiagnostic(r.diagnostics[0]) ==
             "projects.xml: error: 无法识别的数据文件类型 projects.xml\n"
             "  hint: 项目数据用 .yaml / .yml（少量项目）或 .csv（大量项目）");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
