// M6 分档: a lookup table of ranges → points, with inclusivity per edge.
#ifndef JIXIAO_RULES_BANDED_H_
#define JIXIAO_RULES_BANDED_H_

#include <string>

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// M6 (岳阳: "80%(含)-90%", "0-10%(含)"): the measure is B (kActual) or B/A ×
/// 100 (kRatioPercent); the first band of spec.bands containing it gives its
/// points (or points × w when the band is a fraction). A measure in no band
/// scores 0, saying so.
RuleResult ScoreBanded(const MethodSpec& spec, const RuleInput& in);

/// A band's range in interval notation: "[80, 90)", "(-∞, 10]".
std::string BandRange(const Band& band);

}  // namespace jixiao

#endif  // JIXIAO_RULES_BANDED_H_
