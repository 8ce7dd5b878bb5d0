// Test cases a template carries (`cases:`): a project's data in, the expected scores, total and
// grade out (docs/template-format.md, "Test cases"). Only `jixiao test` reads them; the template
// loader accepts the key and skips it, so scoring never pays for them.
#ifndef JIXIAO_INDICATORS_TEMPLATE_CASES_H_
#define JIXIAO_INDICATORS_TEMPLATE_CASES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

/// One `scores:` entry: an indicator (or group) and its expected printed score, or the outcome
/// it should end with when it is not scored (不适用, 缺少数据, 无法评分).
struct ExpectedScore {
  std::string indicator;         // id, path or name, as `jixiao explain --indicator` takes it
  std::optional<double> points;  // the expected score, as the form prints it
  std::string outcome;           // the expected outcome's name, when `points` is absent
  SourceLocation where;
};

/// One piece of a case's project as written, for `jixiao diff`: a top-level key ("budget") or
/// one item of a list ("indicators[2]", 1-based), with its value as YAML flow text
/// ("{full_year: 200, executed: 190}").
struct CaseInput {
  std::string key;
  std::string text;
};

struct TemplateCase {
  std::string name;
  std::string description;
  Project project;                // named after the case when the project map has no name
  std::vector<CaseInput> inputs;  // the same project as written
  std::vector<ExpectedScore> scores;
  std::optional<double> total;
  SourceLocation total_where;
  std::string grade;
  SourceLocation grade_where;
  SourceLocation where;
};

struct CasesLoadResult {
  std::vector<TemplateCase> cases;
  std::vector<Diagnostic> diagnostics;
};

/// Reads the `cases:` list of a template's text; no other key is looked at (load the template
/// itself with LoadTemplateFile). A case must have a name, a project and at least one
/// expectation; every problem is reported, located.
CasesLoadResult LoadTemplateCases(std::string_view yaml, const std::string& file);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_TEMPLATE_CASES_H_
