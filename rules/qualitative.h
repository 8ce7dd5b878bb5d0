// Qualitative and judged methods: M5 定性三档, M12 定性匹配, M13 默认满分, M14
// 人工评分.
#ifndef JIXIAO_RULES_QUALITATIVE_H_
#define JIXIAO_RULES_QUALITATIVE_H_

#include "indicators/method.h"
#include "indicators/template.h"
#include "rules/rule.h"

namespace jixiao {

/// The central three-tier scale used when no scale is given: 达成 [0.8w, w],
/// 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w) (central notes; Hubei uses 80/50 and
/// declares its own).
const Scale& DefaultThreeTierScale();

/// M5: the evaluator enters a score (in.entered_score) and optionally the band
/// they chose (in.entered_band, a label or alias of in.scale, else of
/// DefaultThreeTierScale()). The score must lie in [0, w] and, when a band is
/// named, inside that band's range.
RuleResult ScoreThreeTier(const MethodSpec& spec, const RuleInput& in);

/// M12 (Shenzhen: "业绩值为合理得满分；不合理为0分"): with a scale, the actual
/// label earns its level's `high` × w; otherwise actual = target earns w and
/// the negation of the target (不/未/无 + target, or 有… → 无…) earns 0.
/// Anything else cannot be scored.
RuleResult ScoreQualitativeMatch(const MethodSpec& spec, const RuleInput& in);

/// M13 (Shenzhen: "专项资金无政府采购默认得满分"): w.
RuleResult ScoreDefaultFull(const MethodSpec& spec, const RuleInput& in);

/// M13's arithmetic (a PlainRule): w.
std::optional<RawPoints> DefaultFullPoints(const MethodSpec& spec, const PlainInput& in);

/// M14 (Beijing): the evaluator's score in.entered_score, which must lie in [0,
/// w].
RuleResult ScoreManual(const MethodSpec& spec, const RuleInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_QUALITATIVE_H_
