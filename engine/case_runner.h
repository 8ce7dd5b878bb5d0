// Runs a template's test cases (indicators/template_cases.h): scores each case's project and
// compares the result with what the case expects.
#ifndef JIXIAO_ENGINE_CASE_RUNNER_H_
#define JIXIAO_ENGINE_CASE_RUNNER_H_

#include <optional>
#include <string>
#include <vector>

#include "engine/score_tree.h"
#include "engine/scorecard.h"
#include "indicators/diagnostic.h"
#include "indicators/template_cases.h"

namespace jixiao {

/// One expectation the result does not meet.
struct CaseMismatch {
  SourceLocation where;   // the expectation in the template file
  std::string indicator;  // the indicator as the case names it; empty for the total and grade
  std::string what;       // the indicator's path, or 总分 / 等级
  std::string expected;   // as the form prints it: "13.64", "不适用", "优"
  std::string actual;
};

struct CaseResult {
  std::optional<ScoreTree> tree;         // absent when the case is bad
  std::vector<CaseMismatch> mismatches;  // empty: the case passed
  std::vector<Diagnostic> diagnostics;   // a bad case: data errors, an unknown indicator, …
};

/// Scores `test_case.project` with `card` and checks every expectation: an indicator's printed
/// score (equal to within half a unit of the last printed decimal), its outcome when it is not
/// scored, the total, and the grade (its label or an alias).
CaseResult RunTemplateCase(const Scorecard& card, const TemplateCase& test_case);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_CASE_RUNNER_H_
