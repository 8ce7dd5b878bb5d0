#include "engine/department_summary.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "engine/csv_batch.h"
#include "engine/evaluate.h"
#include "engine/scorecard.h"
#include "indicators/project_csv.h"
#include "indicators/project_loader.h"
#include <fcntl.h>
#include <unistd.h>

namespace jixiao {
namespace {

namespace tt = boost::test_tools;

std::string Messages(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += FormatDiagnostic(d) + "\n";
  return out;
}

struct Scored {
  std::unique_ptr<Scorecard> card;
  std::vector<ScoreTree> trees;
};

Scored Score(const std::string& template_file, const ProjectLoadResult& loaded) {
  CompileResult compiled = LoadScorecard(std::string(JIXIAO_SOURCE_DIR) + "/" + template_file);
  BOOST_TEST_REQUIRE(compiled.value != nullptr, Messages(compiled.diagnostics));
  BOOST_TEST_REQUIRE(loaded.diagnostics.empty(), Messages(loaded.diagnostics));
  Scored out{std::move(compiled.value), {}};
  for (const Project& p : loaded.projects) {
    EvaluateResult r = Evaluate(*out.card, p);
    BOOST_TEST_REQUIRE(r.tree.has_value(), Messages(r.diagnostics));
    out.trees.push_back(std::move(*r.tree));
  }
  return out;
}

DepartmentSummary EdgeSummary(const SummaryOptions& options = {}) {
  Scored s = Score(
      "indicators/sets/central_2020.yaml",
      LoadProjectFile(std::string(JIXIAO_SOURCE_DIR) + "/tests/cli/summary/edge_projects.yaml"));
  return SummarizeDepartment(s.trees, s.card->tmpl.grades, options);
}

DepartmentSummary BeijingSummary(const SummaryOptions& options = {}) {
  Scored s = Score(
      "indicators/sets/beijing_2020.yaml",
      LoadProjectFile(std::string(JIXIAO_SOURCE_DIR) + "/examples/beijing_2020/projects.yaml"));
  return SummarizeDepartment(s.trees, s.card->tmpl.grades, options);
}

const GroupLoss* FindGroup(const std::vector<GroupLoss>& groups, const std::string& path) {
  for (const GroupLoss& g : groups)
    if (g.path == path) return &g;
  return nullptr;
}

// Every figure of a summary, numbers in full (17 significant digits), so that any difference
// shows.
std::string Dump(const DepartmentSummary& s) {
  std::ostringstream out;
  out.precision(17);
  auto opt = [&](const std::optional<double>& v) -> std::ostringstream& {
    if (v)
      out << *v << " ";
    else
      out << "- ";
    return out;
  };
  out << s.stamp.id << " " << s.stamp.hash << " " << s.projects.size() << " " << s.funded_projects
      << " " << s.full_year_wan << " " << s.executed_wan << " " << s.points_lost << " "
      << s.deductions_without_note << "\n";
  opt(s.execution_rate_percent);
  opt(s.mean_total);
  opt(s.min_total);
  opt(s.max_total) << "\n";
  for (const SummaryProject& p : s.projects) {
    out << p.name << " " << p.unit << " " << p.total << " " << p.grade << " " << p.deductions << " "
        << p.has_problems << " ";
    opt(p.full_year_wan);
    opt(p.executed_wan);
    opt(p.execution_rate_percent) << "\n";
  }
  for (const ScoreBin& b : s.histogram) out << b.count << " ";
  for (const GradeCount& g : s.grades) out << g.label << g.count << " ";
  out << "\n";
  for (const auto* groups : {&s.level1, &s.weakest})
    for (const GroupLoss& g : *groups) {
      out << g.path << " " << g.points << " " << g.scored << " " << g.lost << " " << g.projects
          << " " << g.projects_losing << " " << g.deductions << " ";
      opt(g.attainment_percent);
      opt(g.lost_share_percent) << "\n";
    }
  for (const Deduction& d : s.deductions)
    out << s.projects[d.project].name << " " << s.paths[d.path] << " " << d.points << " " << d.score
        << " " << d.lost << " " << d.target_text << " " << d.actual_text << " " << d.note << " "
        << static_cast<int>(d.outcome) << d.overridden << d.budget_execution << "\n";
  for (size_t i : s.below_threshold) out << i << " ";
  return out.str();
}

// The summary of a CSV table as jixiao summary makes it: streamed in blocks of `block_bytes`
// through `workers` threads, each project reduced to its digest without its trace.
DepartmentSummary StreamedSummary(const std::string& template_file, const std::string& csv,
                                  size_t workers, size_t block_bytes) {
  std::vector<std::unique_ptr<Scorecard>> cards;
  CsvTableOptions options;
  for (size_t i = 0; i < (workers == 1 ? 1 : workers + 1); ++i) {
    CompileResult compiled = LoadScorecard(std::string(JIXIAO_SOURCE_DIR) + "/" + template_file);
    BOOST_TEST_REQUIRE(compiled.value != nullptr);
    cards.push_back(std::move(compiled.value));
    options.cards.push_back(cards.back().get());
  }
  options.render.options.trace = false;
  options.render.digest = true;
  options.block_bytes = block_bytes;
  DepartmentSummaryBuilder builder(cards.front()->tmpl.grades, {});
  int fd = ::open((std::string(JIXIAO_SOURCE_DIR) + "/" + csv).c_str(), O_RDONLY);
  BOOST_TEST_REQUIRE(fd >= 0);
  CsvTableResult result = ScoreCsvTable(
      fd, csv, options,
      [&](BatchOutput& out) {
        BOOST_TEST(out.diagnostics.empty(), Messages(out.diagnostics));
        for (ProjectDigest& d : out.digests) builder.Add(std::move(d));
      },
      [](size_t) {});
  ::close(fd);
  BOOST_TEST(result.read);
  return builder.Finish();
}

// The same table read whole, every project evaluated with its trace and kept.
DepartmentSummary WholeSummary(const std::string& template_file, const std::string& csv) {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/" + csv, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  ProjectLoadResult loaded;
  loaded.projects = LoadProjectsFromCsv(text.str(), csv, loaded.diagnostics);
  Scored s = Score(template_file, loaded);
  return SummarizeDepartment(s.trees, s.card->tmpl.grades);
}

BOOST_AUTO_TEST_SUITE(department_summary)

// What jixiao summary does (each project folded in as it is scored, in blocks, on threads, its
// tree dropped) gives the summary of all the trees kept, to the bit.
BOOST_AUTO_TEST_CASE(streamed_in_blocks_and_threads_equals_the_summary_of_all_trees) {
  for (const auto& [yaml, csv] :
       {std::pair<std::string, std::string>{"indicators/sets/central_2020.yaml",
                                            "examples/central_2020/projects.csv"},
        std::pair<std::string, std::string>{"bench/workload.yaml",
                                            "tests/cli/batch/workload_60.csv"}}) {
    const std::string whole = Dump(WholeSummary(yaml, csv));
    BOOST_TEST(whole.find("\n") != std::string::npos);
    for (size_t workers : {size_t{1}, size_t{3}})
      for (size_t block_bytes : {size_t{1} << 20, size_t{150}})
        BOOST_TEST_CONTEXT(csv << ", workers " << workers << ", blocks of " << block_bytes) {
          BOOST_TEST(Dump(StreamedSummary(yaml, csv, workers, block_bytes)) == whole);
        }
  }
}

BOOST_AUTO_TEST_CASE(beijing_funds_add_up_to_the_published_figures_to_the_cent) {
  DepartmentSummary s = BeijingSummary();
  BOOST_TEST(s.projects.size() == 13u);
  BOOST_TEST(s.funded_projects == 13u);
  // Σ of the 13 tables' 全年预算数 and 全年执行数 (reference/beijing_2020_dev.json).
  BOOST_TEST(s.full_year_wan == 776.575, tt::tolerance(1e-9));
  BOOST_TEST(s.executed_wan == 776.37945, tt::tolerance(1e-9));
  BOOST_TEST(*s.execution_rate_percent == 776.37945 / 776.575 * 100, tt::tolerance(1e-12));
  BOOST_TEST(!s.share_percent.has_value());
  BOOST_TEST(*s.min_total == 97.99);
  BOOST_TEST(*s.max_total == 100);
  BOOST_TEST(*s.mean_total == 1284.99 / 13, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(beijing_grades_histogram_and_deductions) {
  DepartmentSummary s = BeijingSummary();
  BOOST_TEST_REQUIRE(s.grades.size() == 4u);
  BOOST_TEST(s.grades[0].label == "优");
  BOOST_TEST(s.grades[0].count == 13u);
  BOOST_TEST(s.grades[3].count == 0u);
  BOOST_TEST_REQUIRE(s.histogram.size() == 5u);
  BOOST_TEST(s.histogram[4].low == 90);
  BOOST_TEST(s.histogram[4].count == 13u);  // 100 falls in the closed last bin
  BOOST_TEST(s.deductions.size() == 14u);
  BOOST_TEST(s.deductions_without_note == 12u);
  BOOST_TEST(s.points_lost == 15.01);
  BOOST_TEST(s.below_threshold.empty());
  const Deduction& carnival = s.deductions[11];
  BOOST_TEST(carnival.budget_execution);
  BOOST_TEST(carnival.lost == 0.01);
  BOOST_TEST(s.deductions[12].overridden);
  BOOST_TEST(s.deductions[12].note == "农业嘉年华活动时间为58天");
}

BOOST_AUTO_TEST_CASE(beijing_points_lost_by_level_one_and_weakest_level_two) {
  DepartmentSummary s = BeijingSummary();
  BOOST_TEST_REQUIRE(s.level1.size() == 4u);
  BOOST_TEST(s.level1[0].path == "预算执行率");
  BOOST_TEST(s.level1[2].path == "效益指标");
  BOOST_TEST(s.level1[2].lost == 13);
  BOOST_TEST(s.level1[2].projects_losing == 11u);
  BOOST_TEST(*s.level1[2].lost_share_percent == 13 / 15.01 * 100, tt::tolerance(1e-12));
  BOOST_TEST(s.level1[3].projects == 8u);  // five projects moved 满意度's points to 效益
  BOOST_TEST(*s.level1[3].lost_share_percent == 0);
  BOOST_TEST_REQUIRE(s.weakest.size() == 6u);
  BOOST_TEST(s.weakest[0].path == "效益指标/社会效益指标");
  BOOST_TEST(s.weakest[0].lost == 9);
  // Ties on points lost: the lower attainment first.
  BOOST_TEST(s.weakest[2].path == "效益指标/经济效益指标");
  BOOST_TEST(s.weakest[3].path == "产出指标/时效指标");
  BOOST_TEST(s.weakest[5].path == "预算执行率");
}

BOOST_AUTO_TEST_CASE(money_in_yuan_is_added_in_wan_yuan) {
  DepartmentSummary s = EdgeSummary();
  BOOST_TEST(*s.projects[0].full_year_wan == 200);
  BOOST_TEST(*s.projects[0].executed_wan == 150);
  BOOST_TEST(*s.projects[0].execution_rate_percent == 75);
}

BOOST_AUTO_TEST_CASE(projects_without_funds_are_counted_apart) {
  DepartmentSummary s = EdgeSummary();
  BOOST_TEST(s.funded_projects == 3u);  // 乙 has no budget
  BOOST_TEST(s.full_year_wan == 300);
  BOOST_TEST(s.executed_wan == 250);
  BOOST_TEST(!s.projects[1].full_year_wan.has_value());
  BOOST_TEST(!s.projects[3].execution_rate_percent.has_value());  // 全年预算数 0
}

BOOST_AUTO_TEST_CASE(rows_not_scored_lose_all_their_points_and_not_applicable_rows_none) {
  DepartmentSummary s = EdgeSummary();
  BOOST_TEST(s.deductions.size() == 9u);
  BOOST_TEST(s.deductions_without_note == 8u);
  const Deduction& missing = s.deductions[4];
  BOOST_TEST(s.projects[missing.project].name == "乙");
  BOOST_TEST(s.paths[missing.path] == "满意度指标/服务对象满意度指标/满意度");
  BOOST_TEST((missing.outcome == Outcome::kMissingData));
  BOOST_TEST(missing.score == 0);
  BOOST_TEST(missing.lost == 10);
  const GroupLoss* quality = FindGroup(s.weakest, "产出指标/质量指标");
  BOOST_TEST(quality == nullptr);         // 丙's only quality row does not apply
  BOOST_TEST(s.level1[1].points == 190);  // 产出: 50 + 50 + 40 + 50, without the 10 not applicable
  BOOST_TEST(s.points_lost == 107.5);
}

BOOST_AUTO_TEST_CASE(projects_below_the_threshold_lowest_first) {
  DepartmentSummary s = EdgeSummary({95, std::nullopt});
  BOOST_TEST_REQUIRE(s.below_threshold.size() == 3u);
  BOOST_TEST(s.projects[s.below_threshold[0]].name == "丁项目");
  BOOST_TEST(s.projects[s.below_threshold[1]].name == "乙");
  BOOST_TEST(s.projects[s.below_threshold[2]].name == "甲项目");
  // The threshold itself is not below it: 乙 has exactly 80.
  BOOST_TEST(EdgeSummary({80, std::nullopt}).below_threshold.size() == 1u);
  BOOST_TEST(EdgeSummary({0, std::nullopt}).below_threshold.empty());
}

BOOST_AUTO_TEST_CASE(histogram_edges_are_inclusive_below) {
  DepartmentSummary s = EdgeSummary();
  BOOST_TEST(s.histogram[0].count == 1u);  // 25.56
  BOOST_TEST(s.histogram[3].count == 2u);  // 80 (on the edge) and 86.94
  BOOST_TEST(s.histogram[4].count == 1u);  // 100
}

BOOST_AUTO_TEST_CASE(share_of_the_department_only_when_its_count_is_given) {
  BOOST_TEST(*EdgeSummary({80, 5}).share_percent == 80);
  BOOST_TEST(*EdgeSummary({80, 4}).share_percent == 100);
  BOOST_TEST(!EdgeSummary().share_percent.has_value());
}

BOOST_AUTO_TEST_CASE(no_projects_gives_empty_figures_not_nan) {
  std::vector<ScoreTree> none;
  DepartmentSummary s = SummarizeDepartment(none, DefaultGradeBands());
  BOOST_TEST(s.projects.empty());
  BOOST_TEST(!s.mean_total.has_value());
  BOOST_TEST(!s.execution_rate_percent.has_value());
  BOOST_TEST(s.histogram.size() == 5u);
  BOOST_TEST(s.grades.size() == 4u);
  BOOST_TEST(s.points_lost == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
