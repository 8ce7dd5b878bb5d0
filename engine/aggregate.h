// Subtotals, the total, not-applicable rescaling and the grade of a score tree.
#ifndef JIXIAO_ENGINE_AGGREGATE_H_
#define JIXIAO_ENGINE_AGGREGATE_H_

#include "engine/score_tree.h"
#include "indicators/template.h"

namespace jixiao {

/// Fills every group's score (the exact sum of its rounded rows), the total (rescaled for
/// not-applicable indicators as the template says), the grade, and the findings that compare
/// the result with published figures. REQUIRES: indicator rows already scored and rounded.
void Aggregate(ScoreTree& tree, const Template& t);

/// True when `printed` names the band `computed`: its label or one of its aliases.
bool GradeMatches(const std::string& printed, const std::string& computed,
                  const std::vector<GradeBand>& grades);

/// The grade band label for `total`.
std::string GradeFor(double total, const std::vector<GradeBand>& grades);

/// The index in `grades` of the band `total` falls in (the last band when below every minimum).
/// REQUIRES: `grades` is not empty.
size_t GradeIndex(double total, const std::vector<GradeBand>& grades);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_AGGREGATE_H_
