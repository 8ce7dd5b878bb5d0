#include "rules/qualitative.h"

#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include "indicators/utf8.h"
#include "rules/compare.h"
#include "rules/result.h"

namespace jixiao {
namespace {

const ScaleLevel* FindLevel(const Scale& scale, std::string_view label) {
  const std::string wanted = RemoveWhitespace(label);
  for (const ScaleLevel& level : scale.levels) {
    if (RemoveWhitespace(level.label) == wanted) return &level;
    for (const std::string& alias : level.aliases)
      if (RemoveWhitespace(alias) == wanted) return &level;
  }
  return nullptr;
}

bool InLevel(const ScaleLevel& level, double points, double w) {
  const double low = level.low * w, high = level.high * w;
  return AtLeast(points, low) &&
         (level.high_inclusive ? AtMost(points, high) : Below(points, high));
}

// "[6.00, 8.00)" for 部分达成 at w = 10.
std::string LevelRange(const ScaleLevel& level, double w) {
  return "[" + PointsText(level.low * w) + ", " + PointsText(level.high * w) +
         (level.high_inclusive ? "]" : ")");
}

// "s = 7 ∈ 部分达成 [6.00, 8.00)".
std::string InLevelText(double s, const ScaleLevel& level, double w) {
  return "s = " + TraceNumber(s) + " ∈ " + level.label + " " + LevelRange(level, w);
}

std::string LevelLabels(const Scale& scale) {
  std::string out;
  for (const ScaleLevel& level : scale.levels) out += (out.empty() ? "" : "、") + level.label;
  return out;
}

// The entered score, or the result explaining why it cannot be used.
std::optional<RuleResult> RequireEnteredScore(const RuleInput& in, const char* missing) {
  if (!in.entered_score) return MissingData(missing);
  const double s = *in.entered_score;
  if (!std::isfinite(s) || s < 0 || s > in.weight)
    return CannotScore("得分 " + PointsText(s) + " 超出分值范围 [0.00, " + PointsText(in.weight) +
                       "]");
  return std::nullopt;
}

// 不合理 → 合理, 未足额到位 → 足额到位, 无效 → 有效.
bool IsNegationOf(std::string_view actual, std::string_view target) {
  for (std::string_view prefix : {"不", "未", "无"})
    if (actual.size() == prefix.size() + target.size() && actual.starts_with(prefix) &&
        actual.ends_with(target))
      return true;
  constexpr std::string_view kHave = "有", kNone = "无";
  return target.starts_with(kHave) && target.size() > kHave.size() && actual.starts_with(kNone) &&
         actual.substr(kNone.size()) == target.substr(kHave.size());
}

}  // namespace

const Scale& DefaultThreeTierScale() {
  static const Scale kScale{"定性三档",
                            {
                                ScaleLevel{"达成", {}, 0.8, 1.0, true},
                                ScaleLevel{"部分达成", {}, 0.6, 0.8, false},
                                ScaleLevel{"未达成", {}, 0.0, 0.6, false},
                            },
                            {}};
  return kScale;
}

RuleResult ScoreThreeTier(const MethodSpec&, const RuleInput& in) {
  if (auto bad = RequireEnteredScore(in, "定性指标需要评价人打分")) return *bad;
  const double w = in.weight, s = *in.entered_score;
  const Scale& scale = in.scale != nullptr ? *in.scale : DefaultThreeTierScale();
  if (!in.entered_band.empty()) {
    const ScaleLevel* level = FindLevel(scale, in.entered_band);
    if (level == nullptr)
      return CannotScore("档次「" + in.entered_band + "」不在评分档次中（可选：" +
                         LevelLabels(scale) + "）");
    if (!InLevel(*level, s, w))
      return CannotScore("得分 " + PointsText(s) + " 不在「" + level->label + "」档 " +
                         LevelRange(*level, w) + " 内");
    return Scored(s, w, Explain(in, [&] { return InLevelText(s, *level, w); }),
                  Explain(in, [&] { return "评价人选「" + level->label + "」档并打分"; }));
  }
  for (const ScaleLevel& level : scale.levels)
    if (InLevel(level, s, w))
      return Scored(s, w, Explain(in, [&] { return InLevelText(s, level, w); }),
                    Explain(in, [&] { return "得分属「" + level.label + "」档"; }));
  return Scored(s, w, Explain(in, [&] { return "s = " + TraceNumber(s); }),
                Explain(in, [] { return "得分不在任何档内"; }));
}

RuleResult ScoreQualitativeMatch(const MethodSpec&, const RuleInput& in) {
  const double w = in.weight;
  const std::string actual = RemoveWhitespace(in.actual_label);
  if (actual.empty()) {
    if (in.actual) return CannotScore("实际完成值 " + TraceNumber(*in.actual) + " 不是定性结论");
    return MissingData("缺少实际完成值");
  }
  if (in.scale != nullptr) {
    if (const ScaleLevel* level = FindLevel(*in.scale, actual)) {
      const double points = level->high * w;
      return Scored(points, w,
                    Explain(in,
                            [&] {
                              return "「" + actual + "」 → " + TraceNumber(level->high) +
                                     " × w = " + TraceNumber(level->high) + " × " + TraceNumber(w) +
                                     " = " + TraceNumber(points);
                            }),
                    Explain(in, [&] {
                      return "实际完成值为「" + level->label + "」，得分值的 " +
                             PercentText(level->high);
                    }));
    }
  }
  const std::string target = RemoveWhitespace(in.target_label);
  if (target.empty() && in.scale != nullptr)
    return CannotScore("实际完成值「" + actual + "」不在评分档次中（可选：" +
                       LevelLabels(*in.scale) + "）");
  if (target.empty()) return MissingData("缺少目标值");
  if (actual == target)
    return Scored(
        w, w,
        Explain(
            in,
            [&] { return "「" + actual + "」 = 目标「" + target + "」 → w = " + TraceNumber(w); }),
        Explain(in, [&] { return "达到目标「" + target + "」，得满分"; }));
  if (IsNegationOf(actual, target))
    return Scored(
        0, w, Explain(in, [&] { return "「" + actual + "」是目标「" + target + "」的否定 → 0"; }),
        Explain(in, [&] { return "未达到目标「" + target + "」，得 0 分"; }));
  return CannotScore("无法判断实际完成值「" + actual + "」是否达到目标「" + target + "」");
}

std::optional<RawPoints> DefaultFullPoints(const MethodSpec&, const PlainInput& in) {
  return RawPoints{in.weight, in.weight};
}

RuleResult ScoreDefaultFull(const MethodSpec&, const RuleInput& in) {
  return Scored(in.weight, in.weight,
                Explain(in, [&] { return "默认满分 = " + TraceNumber(in.weight); }),
                Explain(in, [] { return "默认满分"; }));
}

RuleResult ScoreManual(const MethodSpec&, const RuleInput& in) {
  if (auto bad = RequireEnteredScore(in, "人工评分指标需要评价人打分")) return *bad;
  const double w = in.weight, s = *in.entered_score;
  return Scored(s, w, Explain(in, [&] { return "s = " + TraceNumber(s); }), Explain(in, [&] {
                  return "评价人打分" + (s < w ? "，扣 " + TraceNumber(w - s) + " 分" : "");
                }));
}

}  // namespace jixiao
