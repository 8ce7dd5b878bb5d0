#include "engine/template_diff.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "indicators/project_loader.h"
#include "indicators/template_cases.h"
#include "indicators/template_loader.h"

namespace jixiao {
namespace {

// Fixed indicators (no open groups), so that every kind of node field can change.
const char* kBase = R"(id: base
name: 测试模板
version: "1"
region: 示例省
extends_marker: none
total: 100
rounding: {mode: half_up, places: 2}
not_applicable: rescale
grades:
  - {label: 优, min: 90}
  - {label: 良, min: 80}
  - {label: 差, min: 0}
scales:
  三档:
    - {label: 达成, min: 0.8, max: 1}
    - {label: 未达成, min: 0, max: 0.8}
defaults:
  positive: 正向比例
  negative: {method: 反向, variant: R1}
  qualitative: {method: 定性三档, scale: 三档}
indicators:
  - id: out
    name: 产出指标
    points: 60
    children:
      - {id: a, name: 培训人次, points: 20, target: ≥200人次}
      - {id: b, name: 达标率, points: 20, target: ≥90%, method: {method: 比例带下限, floor: 0.5}}
      - {id: c, name: 成本, points: 20, target: ≤100万元, method: {method: 反向, variant: R1}}
  - id: eff
    name: 效益指标
    points: 40
    children:
      - {id: d, name: 满意度, points: 20, target: ≥90%, method: {method: 等于, tolerance: 0.05}}
      - {id: e, name: 带动就业, points: 20, target: ≥30人}
)";

std::string Edit(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  BOOST_TEST_REQUIRE(at != std::string::npos, "not in the base template: " << from);
  return text.replace(at, from.size(), to);
}

Template Load(const std::string& yaml, const FileReader& reader = ReadFileBytes) {
  std::string text = Edit(yaml, "extends_marker: none\n", "");
  LoadResult loaded = LoadTemplateFromString(text, "t.yaml", reader);
  for (const Diagnostic& d : loaded.diagnostics) BOOST_TEST_MESSAGE(FormatDiagnostic(d));
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  return *loaded.value;
}

// Each change as "kind|path|field|old|new", kind by its label's English name.
std::vector<std::string> Changes(const std::string& old_yaml, const std::string& new_yaml) {
  static const char* kKinds[] = {"metadata", "extends", "setting", "grade", "scale",
                                 "added",    "removed", "renamed", "moved", "points",
                                 "method",   "field",   "case"};
  std::vector<std::string> out;
  for (const TemplateChange& c : DiffTemplates(Load(old_yaml), Load(new_yaml)))
    out.push_back(std::string(kKinds[static_cast<int>(c.kind)]) + "|" + c.path + "|" + c.field +
                  "|" + c.old_text + "|" + c.new_text);
  return out;
}

using Lines = std::vector<std::string>;

// The cases of `cases_yaml` (a template's `cases:` list).
std::vector<TemplateCase> Cases(const std::string& cases_yaml) {
  CasesLoadResult loaded = LoadTemplateCases(cases_yaml, "t.yaml");
  for (const Diagnostic& d : loaded.diagnostics) BOOST_TEST_MESSAGE(FormatDiagnostic(d));
  BOOST_TEST_REQUIRE(loaded.diagnostics.empty());
  return loaded.cases;
}

// Each case change as "path|field|old|new" (its kind checked to be kCase).
Lines CaseChanges(const std::string& old_yaml, const std::string& new_yaml) {
  Lines out;
  for (const TemplateChange& c : DiffCases(Cases(old_yaml), Cases(new_yaml))) {
    BOOST_TEST((c.kind == ChangeKind::kCase));
    out.push_back(c.path + "|" + c.field + "|" + c.old_text + "|" + c.new_text);
  }
  return out;
}

const char* kCases = R"(cases:
  - name: 甲
    description: 说明一
    project:
      budget: {full_year: 200, executed: 180}
      indicators:
        - {group: 产出/数量, name: 培训人次, points: 90, target: ≥200人次, actual: 180人次}
        - {group: 产出/数量, name: 发放册数, points: 10, target: ≥100册, actual: 90册}
    expect:
      scores: {预算执行率: 9, 培训人次: 81}
      total: 90
      grade: 优
  - name: 乙
    project: {budget: {full_year: 100, executed: 100}}
    expect: {scores: {预算执行率: 不适用}}
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(template_diff)

BOOST_AUTO_TEST_CASE(identical_templates_have_no_changes) {
  BOOST_TEST(Changes(kBase, kBase).empty());
}

struct EditCase {
  const char* name;
  const char* from;
  const char* to;
  Lines expected;
};

std::ostream& operator<<(std::ostream& os, const EditCase& c) { return os << c.name; }

// One edit of the base template and the lines it must give, one case per change kind.
const EditCase kEdits[] = {
    {"version", "version: \"1\"", "version: \"2\"", {"metadata|模板|版本|1|2"}},
    {"id", "id: base", "id: base-2021", {"metadata|模板|编号|base|base-2021"}},
    {"name", "name: 测试模板", "name: 测试模板二", {"metadata|模板|名称|测试模板|测试模板二"}},
    {"same total written differently", "total: 100", "total: 100.0", {}},
    {"rounding", "places: 2}", "places: 1}", {"setting|模板|舍入|half_up，2 位|half_up，1 位"}},
    {"rounding mode",
     "mode: half_up",
     "mode: down",
     {"setting|模板|舍入|half_up，2 位|down，2 位"}},
    {"not applicable",
     "not_applicable: rescale",
     "not_applicable: exclude",
     {"setting|模板|不适用|rescale|exclude"}},
    {"default method kind",
     "positive: 正向比例",
     "positive: 达标全得",
     {"setting|模板|默认方法.positive|M2 正向比例（cap 1）|M9 达标全得（tolerance 0）"}},
    {"default method parameter",
     "negative: {method: 反向, variant: R1}",
     "negative: {method: 反向, variant: R2}",
     {"setting|模板|默认方法.negative.variant|R1|R2"}},
    {"grade band moved",
     "{label: 优, min: 90}",
     "{label: 优, min: 92}",
     {"grade|等级/优|最低分|90|92"}},
    {"grade band added",
     "  - {label: 差, min: 0}",
     "  - {label: 中, min: 60}\n  - {label: 差, min: 0}",
     {"grade|等级/中|||≥ 60"}},
    {"grade band removed", "  - {label: 良, min: 80}\n", "", {"grade|等级/良||≥ 80|"}},
    {"scale label interval",
     "{label: 达成, min: 0.8, max: 1}",
     "{label: 达成, min: 0.85, max: 1}",
     {"scale|量表/三档/达成|区间|[0.8, 1]|[0.85, 1]"}},
    {"scale label renamed",
     "{label: 未达成,",
     "{label: 未完成,",
     {"scale|量表/三档/未完成|||[0, 0.8)", "scale|量表/三档/未达成||[0, 0.8)|"}},
    {"scale added",
     "defaults:",
     "  两档:\n    - {label: 合格, min: 1, max: 1}\n    - {label: 不合格, min: 0, max: "
     "0}\ndefaults:",
     {"scale|量表/两档|||合格 [1, 1]；不合格 [0, 0)"}},
    {"points",
     "{id: a, name: 培训人次, points: 20",
     "{id: a, name: 培训人次, points: 25",
     {"points|产出指标/培训人次|分值|20|25"}},
    {"renamed by name",
     "name: 培训人次",
     "name: 培训人数",
     {"renamed|产出指标/培训人数|名称|培训人次|培训人数"}},
    {"renamed by id at the same position",
     "{id: a, name: 培训人次",
     "{id: a2, name: 培训人次",
     {"renamed|产出指标/培训人次|编号|a|a2"}},
    {"new id and other points is removed and added",
     "{id: a, name: 培训人次, points: 20",
     "{id: a2, name: 培训人次, points: 25",
     {"added|产出指标/培训人次|||指标，分值 25，目标 ≥200人次",
      "removed|产出指标/培训人次||指标，分值 20，目标 ≥200人次|"}},
    {"added",
     "      - {id: e, name: 带动就业, points: 20, target: ≥30人}\n",
     "      - {id: e, name: 带动就业, points: 10, target: ≥30人}\n"
     "      - {id: f, name: 生态改善, points: 10, target: 明显改善}\n",
     {"points|效益指标/带动就业|分值|20|10",
      "added|效益指标/生态改善|||指标，分值 10，目标 明显改善"}},
    {"removed",
     "      - {id: e, name: 带动就业, points: 20, target: ≥30人}\n",
     "",
     {"removed|效益指标/带动就业||指标，分值 20，目标 ≥30人|"}},
    {"method kind",
     "method: {method: 比例带下限, floor: 0.5}",
     "method: 达标全得",
     {"method|产出指标/达标率|评分方法|M10 比例带下限（floor 0.5，cap 1）|M9 达标全得（tolerance "
      "0）"}},
    {"method floor",
     "floor: 0.5}",
     "floor: 0.6}",
     {"method|产出指标/达标率|评分方法.floor|0.5|0.6"}},
    {"method tolerance",
     "tolerance: 0.05}",
     "tolerance: 0.1}",
     {"method|效益指标/满意度|评分方法.tolerance|0.05|0.1"}},
    {"method variant and steps",
     "method: {method: 反向, variant: R1}}",
     "method: {method: 反向, variant: R3, per: 2, step: 5}}",
     {"method|产出指标/成本|评分方法|M3 反向（variant R1）|M3 反向（variant R3，per 2，step "
      "5，whole_steps false）"}},
    {"method added",
     "{id: a, name: 培训人次, points: 20, target: ≥200人次}",
     "{id: a, name: 培训人次, points: 20, target: ≥200人次, method: {method: 正向比例, cap: 1.2}}",
     {"method|产出指标/培训人次|评分方法||M2 正向比例（cap 1.2）"}},
    {"formula text",
     "target: ≥30人}",
     "target: ≥30人, formula: \"min(B / A, 1) * w\"}",
     {"method|效益指标/带动就业|评分方法||F 公式（formula min(B / A, 1) * w）"}},
    {"target",
     "target: ≥200人次",
     "target: ≥220人次",
     {"field|产出指标/培训人次|目标值|≥200人次|≥220人次"}},
    {"direction",
     "name: 培训人次, points: 20,",
     "name: 培训人次, points: 20, direction: 反向,",
     {"field|产出指标/培训人次|方向||反向"}},
    {"criteria and aliases",
     "{id: d, name: 满意度,",
     "{id: d, name: 满意度, aliases: [群众满意度], criteria: 抽样调查,",
     {"field|效益指标/满意度|评分标准||抽样调查", "field|效益指标/满意度|别名||群众满意度"}},
};

BOOST_DATA_TEST_CASE(each_change_is_one_line, boost::unit_test::data::make(kEdits), edit) {
  Lines got = Changes(kBase, Edit(kBase, edit.from, edit.to));
  BOOST_TEST(got == edit.expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_node_with_a_new_parent_is_moved) {
  std::string moved = Edit(kBase,
                           "      - {id: c, name: 成本, points: 20, target: ≤100万元, method: "
                           "{method: 反向, variant: R1}}\n",
                           "");
  moved = Edit(moved, "      - {id: e, name: 带动就业, points: 20, target: ≥30人}\n",
               "      - {id: e, name: 带动就业, points: 20, target: ≥30人}\n"
               "      - {id: c, name: 成本, points: 20, target: ≤100万元, method: {method: 反向, "
               "variant: R1}}\n");
  moved = Edit(Edit(moved, "points: 60", "points: 40"), "points: 40\n    children:\n      - {id: d",
               "points: 60\n    children:\n      - {id: d");
  Lines expected = {"points|产出指标|分值|60|40", "points|效益指标|分值|40|60",
                    "moved|效益指标/成本|上级|产出指标|效益指标"};
  BOOST_TEST(Changes(kBase, moved) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(renamed_parent_id_still_matches_its_children_by_position) {
  std::string renamed = Edit(Edit(kBase, "id: eff", "id: benefit"), "{id: d,", "{id: d2,");
  Lines expected = {"renamed|效益指标|编号|eff|benefit", "renamed|效益指标/满意度|编号|d|d2"};
  BOOST_TEST(Changes(kBase, renamed) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(templates_are_compared_after_extends) {
  std::string child =
      "id: child\nextends: parent.yaml\nversion: \"2\"\noverrides:\n  - {id: b, points: 15}\n"
      "  - {id: a, points: 25}\n";
  FileReader reader = [](const std::string& path) -> std::optional<std::string> {
    if (path.find("parent.yaml") == std::string::npos) return std::nullopt;
    return Edit(kBase, "extends_marker: none\n", "");
  };
  LoadResult loaded = LoadTemplateFromString(child, "child.yaml", reader);
  for (const Diagnostic& d : loaded.diagnostics) BOOST_TEST_MESSAGE(FormatDiagnostic(d));
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  std::vector<TemplateChange> changes = DiffTemplates(Load(kBase), *loaded.value);
  std::vector<std::string> got;
  for (const TemplateChange& c : changes)
    got.push_back(c.path + "|" + c.field + "|" + c.old_text + "|" + c.new_text);
  Lines expected = {"模板|编号|base|child", "模板|版本|1|2", "模板|继承||base",
                    "产出指标/培训人次|分值|20|25", "产出指标/达标率|分值|20|15"};
  BOOST_TEST(got == expected, boost::test_tools::per_element());
}

// Scoring the same projects with both versions.
const char* kProjects = R"(projects:
  - name: 甲项目
    indicators:
      - {id: a, actual: 180人次}
      - {id: b, actual: 81%}
      - {id: c, actual: 120万元}
      - {id: d, actual: 90%}
      - {id: e, actual: 30人}
  - name: 乙项目
    indicators:
      - {id: a, actual: 200人次}
      - {id: b, actual: 90%}
      - {id: c, actual: 100万元}
      - {id: d, actual: 90%}
      - {id: e, actual: 30人}
)";

std::unique_ptr<Scorecard> Card(const std::string& yaml) {
  CompileResult compiled = CompileScorecard(Load(yaml));
  for (const Diagnostic& d : compiled.diagnostics) BOOST_TEST_MESSAGE(FormatDiagnostic(d));
  BOOST_TEST_REQUIRE(compiled.value != nullptr);
  return std::move(compiled.value);
}

BOOST_AUTO_TEST_CASE(effect_lists_totals_grades_and_changed_rows) {
  ProjectLoadResult projects = LoadProjectsFromYaml(kProjects, "p.yaml");
  BOOST_TEST_REQUIRE(projects.projects.size() == 2u);
  // R1 → R2 for 成本 (120 over a 100 ceiling: 20 × 100/120 = 16.67 → 20 × 0.8 = 16.00), and 优
  // from 90 to 95.
  std::string v2 = Edit(
      Edit(kBase, "method: {method: 反向, variant: R1}}", "method: {method: 反向, variant: R2}}"),
      "{label: 优, min: 90}", "{label: 优, min: 95}");
  DiffEffect effect = CompareScores(*Card(kBase), *Card(v2), projects.projects);
  BOOST_TEST_REQUIRE(effect.projects.size() == 2u);
  const ProjectEffect& a = effect.projects[0];
  BOOST_TEST(a.project == "甲项目");
  // 18 + 18 + 16.67 + 20 + 20 = 92.67 → 18 + 18 + 16 + 20 + 20 = 92
  BOOST_TEST(*a.old_total == 92.67, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(*a.new_total == 92.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(a.old_grade == "优");
  BOOST_TEST(a.new_grade == "良");
  BOOST_TEST_REQUIRE(a.rows.size() == 1u);
  BOOST_TEST(a.rows[0].path == "产出指标/成本");
  BOOST_TEST(a.rows[0].old_score.score == 16.67, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(a.rows[0].new_score.score == 16.0, boost::test_tools::tolerance(1e-9));
  const ProjectEffect& b = effect.projects[1];  // 100 under both: grade 优 either way
  BOOST_TEST(!b.Changed());
  BOOST_TEST(effect.changed == 1u);
  BOOST_TEST(effect.grade_changed == 1u);
}

BOOST_AUTO_TEST_CASE(a_project_the_new_version_cannot_bind_has_its_error) {
  ProjectLoadResult projects = LoadProjectsFromYaml(kProjects, "p.yaml");
  std::string v2 =
      Edit(Edit(kBase, "      - {id: e, name: 带动就业, points: 20, target: ≥30人}\n", ""),
           "{id: d, name: 满意度, points: 20", "{id: d, name: 满意度, points: 40");
  DiffEffect effect = CompareScores(*Card(kBase), *Card(v2), projects.projects);
  const ProjectEffect& a = effect.projects[0];
  BOOST_TEST(a.old_total.has_value());
  BOOST_TEST(!a.new_total.has_value());
  BOOST_TEST(a.new_error == "模板中没有「e」");
  BOOST_TEST(a.GradeChanged());
  BOOST_TEST(effect.changed == 2u);
}

BOOST_AUTO_TEST_CASE(rows_only_one_version_has_are_listed_as_absent) {
  ProjectLoadResult projects = LoadProjectsFromYaml(
      "name: 丙项目\nindicators:\n  - {id: a, actual: 200人次}\n  - {id: b, actual: 90%}\n"
      "  - {id: c, actual: 100万元}\n  - {id: d, not_applicable: true}\n  - {id: e, actual: "
      "30人}\n",
      "p.yaml");
  std::string v2 = Edit(kBase, "{id: d, name: 满意度,", "{id: d, name: 群众满意度,");
  DiffEffect effect = CompareScores(*Card(kBase), *Card(v2), projects.projects);
  // Same id, new name: the row is matched by id, and its outcome (不适用) is unchanged.
  BOOST_TEST(effect.projects[0].rows.empty());
  BOOST_TEST(!effect.projects[0].Changed());
}

BOOST_AUTO_TEST_CASE(identical_cases_have_no_changes) {
  BOOST_TEST(CaseChanges(kCases, kCases).empty());
  BOOST_TEST(CaseChanges("cases: []", "{}").empty());
}

BOOST_AUTO_TEST_CASE(moved_case_is_no_change) {
  std::string moved = Edit(Edit(kCases,
                                "  - name: 乙\n    project: {budget: {full_year: 100, executed: "
                                "100}}\n    expect: {scores: {预算执行率: 不适用}}\n",
                                ""),
                           "cases:\n",
                           "cases:\n  - name: 乙\n    project: {budget: {full_year: 100, executed: "
                           "100}}\n    expect: {scores: {预算执行率: 不适用}}\n");
  BOOST_TEST(CaseChanges(kCases, moved).empty());
}

BOOST_AUTO_TEST_CASE(added_and_removed_cases_are_one_line_each) {
  std::string renamed = Edit(kCases, "name: 乙", "name: 丙");
  BOOST_TEST(CaseChanges(kCases, renamed) == (Lines{"用例/丙|||项目数据 1 项，预期得分 1 项",
                                                    "用例/乙||项目数据 1 项，预期得分 1 项|"}),
             boost::test_tools::per_element());
  BOOST_TEST(CaseChanges("cases: []", kCases) ==
                 (Lines{"用例/甲|||项目数据 3 项，预期得分 2 项，总分 90，等级 优",
                        "用例/乙|||项目数据 1 项，预期得分 1 项"}),
             boost::test_tools::per_element());
}

// One edit of a case and the lines it must give: its project as written, its expectations.
const EditCase kCaseEdits[] = {
    {"description", "说明一", "说明二", {"用例/甲|说明|说明一|说明二"}},
    {"budget",
     "executed: 180}",
     "executed: 190}",
     {"用例/甲|项目数据.budget|{full_year: 200, executed: 180}|{full_year: 200, executed: 190}"}},
    {"one indicator of the list",
     "actual: 90册",
     "actual: \"95册\"",
     {"用例/甲|项目数据.indicators[2]|{group: 产出/数量, name: 发放册数, points: 10, target: "
      "≥100册, actual: 90册}|{group: 产出/数量, name: 发放册数, points: 10, target: ≥100册, "
      "actual: \"95册\"}"}},
    {"a project key added",
     "      budget: {full_year: 200",
     "      name: 项目甲\n      budget: {full_year: 200",
     {"用例/甲|项目数据.name||项目甲"}},
    {"an expected score",
     "培训人次: 81}",
     "培训人次: 81.5}",
     {"用例/甲|预期得分.培训人次|81|81.5"}},
    {"a score becomes an outcome",
     "预算执行率: 9,",
     "预算执行率: 无法评分,",
     {"用例/甲|预期得分.预算执行率|9|无法评分"}},
    {"an expected score added and one removed",
     "{预算执行率: 9, 培训人次: 81}",
     "{预算执行率: 9, 发放册数: 9}",
     {"用例/甲|预期得分.发放册数||9", "用例/甲|预期得分.培训人次|81|"}},
    {"total", "total: 90", "total: 90.5", {"用例/甲|预期总分|90|90.5"}},
    {"same total written differently", "total: 90", "total: 90.00", {}},
    {"grade removed", "      grade: 优\n", "", {"用例/甲|预期等级|优|"}},
};

BOOST_DATA_TEST_CASE(each_case_edit_gives_its_lines, boost::unit_test::data::make(kCaseEdits), c) {
  BOOST_TEST(CaseChanges(kCases, Edit(kCases, c.from, c.to)) == c.expected,
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
