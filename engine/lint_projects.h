// `jixiao lint TEMPLATE --data FILE…`: the lint warnings of the indicators projects declare
// under a template's open groups, which the template alone cannot show.
#ifndef JIXIAO_ENGINE_LINT_PROJECTS_H_
#define JIXIAO_ENGINE_LINT_PROJECTS_H_

#include <vector>

#include "engine/scorecard.h"
#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

/// Binds each project to `card` (as `jixiao score` does, without the points sums) and lints
/// every indicator it declares under an open group with the checks that apply to one
/// indicator (indicators/lint.h, LintIndicator): its method as scoring resolves it (its own,
/// else the group's or the template's default), target, comparator and points. Warnings are
/// located in the data and their path is "项目/分组/指标". A project that does not bind (a
/// group the template does not have…) gives the binder's errors instead. Sorted by location.
std::vector<Diagnostic> LintProjects(const Scorecard& card, const std::vector<Project>& projects);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_LINT_PROJECTS_H_
