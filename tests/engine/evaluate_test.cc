#include "engine/evaluate.h"

#include <algorithm>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "indicators/project_loader.h"
#include "indicators/template_loader.h"

namespace jixiao {
namespace {

// A small central-style template: budget 10, output 50 (open groups), benefit 30, satisfaction 10.
const char* kTemplate = R"(id: mini
version: "1"
not_applicable: rescale
defaults:
  positive: 正向比例
  negative: {method: 反向, variant: R1}
  qualitative: 定性三档
indicators:
  - {id: budget, name: 预算执行率, points: 10, method: 预算执行率}
  - id: output
    name: 产出指标
    points: 50
    children:
      - {id: quantity, name: 数量指标, open: true}
      - {id: timeliness, name: 时效指标, open: true}
      - {id: cost, name: 成本指标, open: true, direction: 反向}
  - id: benefit
    name: 效益指标
    points: 30
    children: [{id: social, name: 社会效益指标, aliases: [社会效益], open: true}]
  - id: satisfaction
    name: 满意度指标
    points: 10
    children: [{id: beneficiary, name: 服务对象满意度指标, open: true}]
)";

struct Fixture {
  explicit Fixture(const std::string& template_yaml = kTemplate,
                   NotApplicablePolicy policy = NotApplicablePolicy::kRescale) {
    LoadResult loaded = LoadTemplateFromString(template_yaml, "mini.yaml");
    BOOST_TEST_REQUIRE(loaded.value.has_value(), Messages(loaded.diagnostics));
    loaded.value->not_applicable = policy;
    CompileResult compiled = CompileScorecard(std::move(*loaded.value));
    BOOST_TEST_REQUIRE(compiled.value != nullptr, Messages(compiled.diagnostics));
    card = std::move(compiled.value);
  }

  static std::string Messages(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) out += FormatDiagnostic(d) + "\n";
    return out;
  }

  EvaluateResult Run(const std::string& project_yaml) {
    ProjectLoadResult loaded = LoadProjectsFromYaml(project_yaml, "p.yaml");
    BOOST_TEST_REQUIRE(loaded.diagnostics.empty(), Messages(loaded.diagnostics));
    BOOST_TEST_REQUIRE(loaded.projects.size() == 1u);
    return Evaluate(*card, loaded.projects[0]);
  }

  ScoreTree Score(const std::string& project_yaml) {
    EvaluateResult r = Run(project_yaml);
    BOOST_TEST_REQUIRE(r.tree.has_value(), Messages(r.diagnostics));
    return *r.tree;
  }

  std::unique_ptr<Scorecard> card;
};

// `s` with the first `from` replaced by `to`. REQUIRES: `from` occurs in `s`.
std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  BOOST_TEST_REQUIRE(at != std::string::npos, from);
  return s.replace(at, from.size(), to);
}

const char* kProject = R"(name: 农业嘉年华
budget: {initial: 160, full_year: 160, executed: 159.80445}
indicators:
  - {group: 数量指标, name: 展销天数, points: 30, target: 60天, actual: 58天}
  - {group: 时效指标, name: 本年完成, points: 10, target: 12月底前完成, actual: 12月底前完成}
  - {group: 成本指标, name: 预算控制, points: 10, target: 160万元, actual: 1598044.5元}
  - {group: 社会效益, name: 推广扶贫理念, points: 30, target: 得到推广, actual: 已推广, score: 25}
  - {group: 服务对象满意度指标, name: 满意度, points: 10, target: ≥90%, actual: 100%}
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(evaluate)

BOOST_AUTO_TEST_CASE(scores_every_row_rounds_once_and_adds_rounded_rows) {
  Fixture f;
  ScoreTree tree = f.Score(kProject);
  BOOST_TEST(FindScoreNode(tree, "预算执行率")->score == 9.99);
  BOOST_TEST(FindScoreNode(tree, "预算执行率")->budget_execution);
  BOOST_TEST(FindScoreNode(tree, "展销天数")->score == 29);
  BOOST_TEST(FindScoreNode(tree, "本年完成")->score == 10);
  BOOST_TEST(FindScoreNode(tree, "预算控制")->score == 10);  // 159.80445万元 ≤ 160万元
  BOOST_TEST(FindScoreNode(tree, "推广扶贫理念")->score == 25);
  BOOST_TEST(FindScoreNode(tree, "满意度")->score == 10);
  BOOST_TEST(FindScoreNode(tree, "产出指标")->score == 49);
  BOOST_TEST(tree.total == 93.99);
  BOOST_TEST(tree.grade == "优");
  BOOST_TEST(*tree.execution_rate_percent == 99.87778125, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(!tree.has_problems);
  BOOST_TEST(tree.stamp.id == "mini");
  BOOST_TEST(tree.stamp.hash.size() == 16u);
}

BOOST_AUTO_TEST_CASE(the_trace_shows_method_inputs_formula_and_rounding) {
  Fixture f;
  ScoreTree tree = f.Score(kProject);
  const ScoreNode& node = *FindScoreNode(tree, "展销天数");
  BOOST_TEST_REQUIRE(node.trace.size() >= 4u);
  BOOST_TEST(node.trace[0].detail == "M2 正向比例");
  BOOST_TEST(node.trace[1].detail == "分值 w = 30；目标值 A = 60天；实际完成值 B = 58天");
  BOOST_TEST(node.trace.back().detail == "29 → 29.00（四舍五入保留2位小数）");
  BOOST_TEST(node.findings.empty());  // a computed shortfall needs no note
  const ScoreNode& judged = *FindScoreNode(tree, "推广扶贫理念");
  BOOST_TEST(judged.findings.at(0) == "评价人扣分，但未填写偏差原因分析");
}

BOOST_AUTO_TEST_CASE(an_override_keeps_the_computed_score_and_is_listed) {
  Fixture f;
  std::string project = kProject;
  project = Replace(project, "actual: 58天}", "actual: 58天, override: 28, note: 活动时间为58天}");
  ScoreTree tree = f.Score(project);
  const ScoreNode& node = *FindScoreNode(tree, "展销天数");
  BOOST_TEST(node.overridden);
  BOOST_TEST(node.computed_score == 29);
  BOOST_TEST(node.score == 28);
  BOOST_TEST(node.findings.empty());  // the form marks the override; the trace says why
  BOOST_TEST(node.trace.back().detail == "单位将计算得分 29.00 调整为 28.00，说明：活动时间为58天");
}

BOOST_AUTO_TEST_CASE(a_published_figure_that_breaks_its_rule_is_reported) {
  Fixture f;
  std::string project =
      std::string(kProject) + "  - {id: budget, published: 10}\npublished_total: 95\n";
  ScoreTree tree = f.Score(project);
  BOOST_TEST(FindScoreNode(tree, "预算执行率")->score == 9.99);
  BOOST_TEST(FindScoreNode(tree, "预算执行率")->findings.at(0) ==
             "公布得分 10.00，按规则应为 9.99");
  BOOST_TEST(tree.findings.at(0) == "公布总分 95.00，按规则计算为 93.99（相差 1.01）");
  BOOST_TEST(tree.has_problems);
}

BOOST_AUTO_TEST_CASE(published_figures_within_half_a_cent_are_not_reported) {
  Fixture f;
  ScoreTree close = f.Score(std::string(kProject) + "  - {id: budget, published: 9.986}\n" +
                            "published_total: 93.994\n");
  BOOST_TEST(FindScoreNode(close, "预算执行率")->findings.empty());
  BOOST_TEST(close.findings.empty());
  BOOST_TEST(!close.has_problems);
  ScoreTree off = f.Score(std::string(kProject) + "  - {id: budget, published: 9.985}\n" +
                          "published_total: 93.995\n");
  BOOST_TEST(FindScoreNode(off, "预算执行率")->findings.at(0) == "公布得分 9.985，按规则应为 9.99");
  BOOST_TEST(off.findings.at(0) == "公布总分 93.995，按规则计算为 93.99（相差 0.005）");
}

BOOST_AUTO_TEST_CASE(missing_and_unusable_values_are_outcomes_and_the_rest_still_scores) {
  Fixture f;
  std::string project = kProject;
  project = Replace(project, "actual: 58天", "note: 未报");
  project = Replace(project, "actual: 100%", "actual: 很满意");
  ScoreTree tree = f.Score(project);
  BOOST_TEST((FindScoreNode(tree, "展销天数")->outcome == Outcome::kMissingData));
  BOOST_TEST((FindScoreNode(tree, "满意度")->outcome == Outcome::kCannotScore));
  BOOST_TEST(FindScoreNode(tree, "本年完成")->score == 10);
  BOOST_TEST(tree.total == 54.99);
  BOOST_TEST(tree.has_problems);
}

BOOST_AUTO_TEST_CASE(incompatible_units_cannot_score) {
  Fixture f;
  std::string project = kProject;
  project = Replace(project, "actual: 1598044.5元", "actual: 3人");
  ScoreTree tree = f.Score(project);
  const ScoreNode& node = *FindScoreNode(tree, "预算控制");
  BOOST_TEST((node.outcome == Outcome::kCannotScore));
  BOOST_TEST(node.findings.at(0) == "实际完成值单位「人」与目标值单位「万元」不一致");
}

BOOST_AUTO_TEST_CASE(not_applicable_rescales_the_total) {
  Fixture f;
  std::string project = kProject;
  project = Replace(project, "actual: 100%}", "actual: 100%, not_applicable: true}");
  ScoreTree tree = f.Score(project);
  BOOST_TEST((FindScoreNode(tree, "满意度")->outcome == Outcome::kNotApplicable));
  BOOST_TEST(tree.rescaled);
  BOOST_TEST(tree.total == 93.32);  // 100 × 83.99 / 90 = 93.322…
  BOOST_TEST(!tree.has_problems);
}

BOOST_AUTO_TEST_CASE(not_applicable_full_marks_and_exclude) {
  std::string project = kProject;
  project = Replace(project, "actual: 100%}", "actual: 100%, not_applicable: true}");
  Fixture full(kTemplate, NotApplicablePolicy::kFullMarks);
  BOOST_TEST(full.Score(project).total == 93.99);
  Fixture exclude(kTemplate, NotApplicablePolicy::kExclude);
  ScoreTree tree = exclude.Score(project);
  BOOST_TEST(tree.total == 83.99);
  BOOST_TEST(tree.max_total == 90);
}

BOOST_AUTO_TEST_CASE(points_that_do_not_add_up_are_data_errors) {
  Fixture f;
  std::string project = kProject;
  project = Replace(project, "points: 30, target: 60天", "points: 20, target: 60天");
  EvaluateResult r = f.Run(project);
  BOOST_TEST(!r.tree.has_value());
  BOOST_TEST(
      Fixture::Messages(r.diagnostics) ==
      "p.yaml:1:1: error: 「产出指标」下各指标分值之和为 40，不等于该组分值 50 [农业嘉年华]\n"
      "  hint: 调整该组下各指标的分值，或在项目数据中改该组的分值（YAML 的 points；CSV "
      "中只填该组和分值的一行）\n");
}

// Where the project states a group's points, a sum that misses them is located there.
BOOST_AUTO_TEST_CASE(group_points_that_children_do_not_reach_are_located_at_the_points) {
  Fixture f;
  std::string project = kProject;
  project.insert(project.find("indicators:"), "points: {产出指标: 45}\n");
  EvaluateResult r = f.Run(project);
  BOOST_TEST(
      Fixture::Messages(r.diagnostics)
          .starts_with("p.yaml:3:10: error: 「产出指标」下各指标分值之和为 50，不等于该组分值 45"),
      Fixture::Messages(r.diagnostics));
}

BOOST_AUTO_TEST_CASE(a_group_given_two_different_points_is_a_data_error) {
  Fixture f;
  std::string project = kProject;
  project.insert(project.find("indicators:"), "points: {产出指标: 50, output: 45}\n");
  EvaluateResult r = f.Run(project);
  BOOST_TEST(Fixture::Messages(r.diagnostics) ==
             "p.yaml:3:20: error: 分组「产出指标」的分值为 45，与第 3 行的 50 不一致 [农业嘉年华]\n"
             "  hint: 每个分组的分值只写一次\n");
  project = Replace(project, "output: 45", "output: 50");
  BOOST_TEST(f.Run(project).diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(a_project_without_satisfaction_moves_its_points) {
  Fixture f;
  std::string project = kProject;
  project.erase(project.find("  - {group: 服务对象满意度指标"));
  project = Replace(project, "points: 30, target: 得到推广", "points: 40, target: 得到推广");
  EvaluateResult r = f.Run(project);
  BOOST_TEST(
      Fixture::Messages(r.diagnostics)
              .find("「满意度指标」下各指标分值之和为 0，不等于该组分值 10") != std::string::npos,
      Fixture::Messages(r.diagnostics));
  project.insert(project.find("indicators:"), "points: {效益指标: 40, 满意度指标: 0}\n");
  ScoreTree tree = f.Score(project);
  BOOST_TEST(FindScoreNode(tree, "效益指标")->weight == 40);
  BOOST_TEST(FindScoreNode(tree, "满意度指标") == nullptr);
}

BOOST_AUTO_TEST_CASE(unknown_groups_and_scores_on_computed_rows_are_data_errors) {
  Fixture f;
  EvaluateResult r = f.Run(
      "name: 甲\nindicators:\n  - {group: 数量, name: x, points: 10, target: 5, actual: 5}\n"
      "  - {group: 数量指标, name: y, points: 10, target: 5, actual: 5, score: 9}\n");
  std::string m = Fixture::Messages(r.diagnostics);
  BOOST_TEST(m.find("p.yaml:3:5: error: 模板中没有「数量」 [甲]\n  hint: "
                    "可用的分组：数量指标、时效指标、成本指标、社会效益指标、服务对象满意度指标") !=
                 std::string::npos,
             m);
  BOOST_TEST(m.find("「y」按 M2 正向比例 计算得分，不能直接填写 score") != std::string::npos, m);
}

// A group name may contain "/" (published tables print 社会效益/生态效益指标): a path is matched
// against whole names, with or without the level above; half a name matches nothing.
BOOST_AUTO_TEST_CASE(group_names_with_a_slash_are_matched_whole) {
  Fixture f(R"(id: slash
defaults: {positive: 正向比例}
indicators:
  - id: benefit
    name: 效益指标
    points: 100
    children: [{id: social, name: 社会效益/生态效益指标, open: true}]
)");
  for (const char* group : {"效益指标/社会效益/生态效益指标", "社会效益/生态效益指标",
                            "/效益指标//社会效益/生态效益指标", "benefit/social"}) {
    EvaluateResult r = f.Run(std::string("name: 甲\nindicators:\n  - {group: \"") + group +
                             "\", name: x, points: 100, target: 5, actual: 4}\n");
    BOOST_TEST_REQUIRE(r.tree.has_value(), group << "\n" << Fixture::Messages(r.diagnostics));
    BOOST_TEST(r.tree->total == 80.0, group);
  }
  for (const char* group : {"生态效益指标", "效益指标/生态效益指标", "社会效益"}) {
    EvaluateResult r = f.Run(std::string("name: 甲\nindicators:\n  - {group: \"") + group +
                             "\", name: x, points: 100, target: 5, actual: 4}\n");
    BOOST_TEST(!r.tree.has_value(), group);
    BOOST_TEST(Fixture::Messages(r.diagnostics).find("模板中没有「" + std::string(group) + "」") !=
                   std::string::npos,
               group);
  }
}

// Binding errors of docs/errors.md (JX-B…) that no other test asserts.
struct BindCase {
  const char* code;
  const char* entries;  // the project's indicators, one YAML flow map per line
  const char* message;
  const char* template_yaml = kTemplate;
};
std::ostream& operator<<(std::ostream& out, const BindCase& c) { return out << c.code; }
const char* kAmbiguous = R"(id: amb
indicators:
  - {id: a, name: 甲, points: 50, children: [{id: a1, name: 数量指标, open: true}]}
  - {id: b, name: 乙, points: 50, children: [{id: b1, name: 数量指标, open: true}]}
)";
const BindCase kBindCases[] = {
    {"JX-B03", "{group: 数量指标, name: x, points: 50, target: 5, actual: 5}",
     "p.yaml:3:5: error: 「数量指标」不唯一：模板中有多个同名节点 [甲]", kAmbiguous},
    {"JX-B04", "{id: output, actual: 5}", "p.yaml:3:5: error: 「output」是分组，不是指标 [甲]"},
    {"JX-B05", "{id: budget, actual: 5}\n  - {id: budget, actual: 6}",
     "p.yaml:4:5: error: 指标「预算执行率」重复填写（另一处在第 3 行） [甲]"},
    {"JX-B06", "{name: x, points: 10, target: 5, actual: 5}",
     "p.yaml:3:5: error: 指标「x」没有写所属分组 [甲]"},
    {"JX-B07", "{group: 产出指标, name: x, points: 10, target: 5, actual: 5}",
     "p.yaml:3:5: error: 分组「产出指标」不接受项目自己的指标「x」 [甲]"},
    {"JX-B09",
     "{group: 数量指标, name: x, points: 50, target: 5, actual: 5, method: {method: 公式, formula: "
     "权重}}",
     "p.yaml:3:5: error: 项目数据中不能写公式 [甲]"},
    {"JX-B13",
     "{group: 社会效益指标, name: q, points: 30, target: 有所提升, actual: 明显提升, override: 20, "
     "note: 因}",
     "error: 「q」由评价人打分，用 score 而不是 override"},
    {"JX-B14",
     "{group: 数量指标, name: x, points: 10, target: 5, actual: 5, override: 11, note: 因}",
     "error: override 11 超出分值范围 [0, 10]"},
};

BOOST_DATA_TEST_CASE(binding_errors, boost::unit_test::data::make(kBindCases), c) {
  Fixture f(c.template_yaml);
  EvaluateResult r = f.Run(std::string("name: 甲\nindicators:\n  - ") + c.entries + "\n");
  const std::string m = Fixture::Messages(r.diagnostics);
  BOOST_TEST(m.find(c.message) != std::string::npos, c.code << ":\n" << m);
}

BOOST_AUTO_TEST_CASE(judged_rows_without_a_score_are_missing_data) {
  Fixture f;
  std::string project = kProject;
  project = Replace(project, ", score: 25", "");
  ScoreTree tree = f.Score(project);
  BOOST_TEST((FindScoreNode(tree, "推广扶贫理念")->outcome == Outcome::kMissingData));
}

BOOST_AUTO_TEST_CASE(formulas_read_named_inputs_and_other_indicators) {
  Fixture f(R"Y(id: f
indicators:
  - {id: 培训人次, name: 培训人次, points: 40, target: 100, method: 正向比例}
  - {id: 合格率, name: 合格率, points: 60, target: 90, formula: "min(ratio(业绩值, 目标值), 1) * 权重 * (培训人次 >= 100 ? 1 : 0.5)"}
)Y");
  ScoreTree tree = f.Score(
      "name: 甲\nindicators:\n  - {id: 培训人次, actual: 80}\n  - {id: 合格率, actual: 81}\n");
  BOOST_TEST(FindScoreNode(tree, "培训人次")->score == 32);
  BOOST_TEST(FindScoreNode(tree, "合格率")->score == 27);  // 60 × 0.9 × 0.5
}

BOOST_AUTO_TEST_CASE(formulas_name_indicators_with_any_id_in_brackets) {
  Fixture f(R"Y(id: f
indicators:
  - {id: 培训人次-线下, name: 线下培训人次, points: 40, target: 100, method: 正向比例}
  - {id: 合格率, name: 合格率, points: 60, target: 90, formula: "min(ratio(业绩值, 目标值), 1) * 权重 * ([培训人次-线下] >= 100 ? 1 : 0.5)"}
)Y");
  ScoreTree tree = f.Score(
      "name: 甲\nindicators:\n  - {id: 培训人次-线下, actual: 80}\n  - {id: 合格率, actual: 81}\n");
  const ScoreNode* node = FindScoreNode(tree, "合格率");
  BOOST_TEST(node->score == 27);  // 60 × 0.9 × 0.5
  const auto step = std::find_if(node->trace.begin(), node->trace.end(),
                                 [](const TraceStep& t) { return t.label == "计算"; });
  BOOST_TEST_REQUIRE((step != node->trace.end()));
  BOOST_TEST(step->detail ==
             "min(ratio(业绩值, 目标值), 1) * 权重 * ([培训人次-线下] >= 100 ? 1 : 0.5) = "
             "min(ratio(81, 90), 1) * 60 * (80 >= 100 ? 1 : 0.5) = 27");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
