// `jixiao lint`: what in a valid template deserves its author's second look — rules that make
// full marks trivial, methods that contradict the target, figures that print oddly
// (docs/template-format.md, "Lint warnings").
#ifndef JIXIAO_INDICATORS_LINT_H_
#define JIXIAO_INDICATORS_LINT_H_

#include <optional>
#include <string>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/template.h"
#include "indicators/value.h"

namespace jixiao {

/// The warnings for `t` (all Severity::kWarning), each located, with the indicator's path and a
/// hint. REQUIRES: `t` loaded and validated without errors.
std::vector<Diagnostic> LintTemplate(const Template& t);

/// An indicator as scoring sees it, for the checks that apply to one indicator: the template's
/// own, or one a project declares under an open group (engine/lint_projects.h binds those).
struct LintedIndicator {
  std::string path;
  SourceLocation where;
  std::optional<double> points;
  const Value* target = nullptr;
  Comparator comparator = Comparator::kNone;  // effective: the node's, else the target's
  Direction direction = Direction::kPositive;
  bool qualitative = false;
  const MethodSpec* method = nullptr;      // the method scoring uses (null: no check)
  const MethodSpec* own_method = nullptr;  // a method written on the indicator itself, whose
                                           // bands and scale are checked too
  bool from_project = false;  // declared in project data: the hints say what to write there
};

/// Appends the warnings about one indicator to `out`: points past two decimals, a reverse
/// method on a ≥ target, a text target scored by a numeric method, a 正向 target of 0, M13,
/// a 成本 target without a money unit; and for `own_method`, M5 without a scale and a band
/// from the bottom worth full marks.
void LintIndicator(const LintedIndicator& indicator, std::vector<Diagnostic>& out);

/// Sorts warnings by file, line and column (stable).
void SortByLocation(std::vector<Diagnostic>& diagnostics);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_LINT_H_
