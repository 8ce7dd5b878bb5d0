// The skeleton `jixiao declare` writes from a declaration loads as project data and, once the
// year-end figures are in, scores: here every actual is its target.
#include <boost/test/unit_test.hpp>

#include "engine/evaluate.h"
#include "indicators/declaration_skeleton.h"
#include "indicators/project_loader.h"
#include "indicators/template_loader.h"

namespace jixiao {

BOOST_AUTO_TEST_SUITE(declaration_score)

BOOST_AUTO_TEST_CASE(xicheng_skeleton_filled_with_targets_scores_full_marks) {
  const std::string root = JIXIAO_SOURCE_DIR;
  CompileResult card = LoadScorecard(root + "/indicators/sets/central_2020.yaml");
  BOOST_TEST_REQUIRE(card.value != nullptr);
  std::optional<std::string> csv =
      ReadFileBytes(root + "/examples/declaration/xicheng_2022_projects.csv");
  BOOST_TEST_REQUIRE(csv.has_value());
  Declaration declaration;
  std::vector<Diagnostic> diagnostics;
  BOOST_TEST_REQUIRE(ReadDeclarationFile(*csv, "xicheng.csv", "", declaration, diagnostics));
  std::string yaml = DeclarationSkeleton(declaration, &card.value->tmpl, diagnostics);
  BOOST_TEST(!HasErrors(diagnostics));

  ProjectLoadResult loaded = LoadProjectsFromYaml(yaml, "skeleton.yaml");
  for (const Diagnostic& d : loaded.diagnostics) BOOST_TEST_MESSAGE(FormatDiagnostic(d));
  BOOST_TEST_REQUIRE(loaded.diagnostics.empty());
  BOOST_TEST_REQUIRE(loaded.projects.size() == 3u);
  for (Project& project : loaded.projects) {
    // Unfilled: it binds, and every row is missing its value.
    EvaluateResult unfilled = Evaluate(*card.value, project);
    BOOST_TEST_REQUIRE(unfilled.tree.has_value());
    BOOST_TEST(unfilled.tree->has_problems);
    // Year end: the whole budget spent, every target met, qualitative rows judged 达成 in full.
    project.budget.full_year = project.budget.initial;
    project.budget.executed = project.budget.initial;
    for (IndicatorEntry& entry : project.entries) {
      BOOST_TEST_REQUIRE(entry.target.has_value());
      entry.actual = *entry.target;
      if (entry.target->kind == ValueKind::kText) {
        entry.score = entry.points;
        entry.band = "达成";
      }
    }
    EvaluateResult filled = Evaluate(*card.value, project);
    for (const Diagnostic& d : filled.diagnostics) BOOST_TEST_MESSAGE(FormatDiagnostic(d));
    BOOST_TEST_REQUIRE(filled.tree.has_value());
    BOOST_TEST(filled.tree->total == 100.0, project.name);
    BOOST_TEST(filled.tree->grade == "优");
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
