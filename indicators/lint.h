// `jixiao lint`: what in a valid template deserves its author's second look — rules that make
// full marks trivial, methods that contradict the target, figures that print oddly
// (docs/template-format.md, "Lint warnings").
#ifndef JIXIAO_INDICATORS_LINT_H_
#define JIXIAO_INDICATORS_LINT_H_

#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/template.h"

namespace jixiao {

/// The warnings for `t` (all Severity::kWarning), each located, with the indicator's path and a
/// hint. REQUIRES: `t` loaded and validated without errors.
std::vector<Diagnostic> LintTemplate(const Template& t);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_LINT_H_
