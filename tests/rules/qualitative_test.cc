#include "rules/qualitative.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "tests/rules/rule_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;
namespace tt = boost::test_tools;

RuleInput Judged(double w, std::optional<double> score, std::string band = "") {
  RuleInput in;
  in.weight = w;
  in.entered_score = score;
  in.entered_band = std::move(band);
  return in;
}

RuleInput Labels(double w, std::string target, std::string actual) {
  RuleInput in;
  in.weight = w;
  in.target_label = std::move(target);
  in.actual_label = std::move(actual);
  return in;
}

struct BandCase {
  const char* band;
  double score;
  bool valid;
};
std::ostream& operator<<(std::ostream& os, const BandCase& c) {
  return os << c.band << " " << c.score << (c.valid ? " valid" : " invalid");
}

// w = 10 on the central scale: 达成 [8, 10], 部分达成 [6, 8), 未达成 [0, 6).
const std::vector<BandCase> kBands = {
    {"部分达成", 5.99, false}, {"部分达成", 6, true},  {"部分达成", 7, true},
    {"部分达成", 7.99, true},  {"部分达成", 8, false}, {"部分达成", 9, false},  // DOMAIN §8
    {"达成", 7.99, false},     {"达成", 8, true},      {"达成", 10, true},
    {"未达成", 0, true},       {"未达成", 5.99, true}, {"未达成", 6, false},
};

struct MatchCase {
  const char* target;
  const char* actual;
  double points;  // of w = 2
};
std::ostream& operator<<(std::ostream& os, const MatchCase& c) {
  return os << c.target << " / " << c.actual << " → " << c.points;
}

// The pairs of the Shenzhen 2019 评分表 ("业绩值为合理得满分；不合理为0分").
const std::vector<MatchCase> kMatches = {
    {"合理", "合理", 2},           {"合理", "不合理", 0},           {"足额到位", "足额到位", 2},
    {"足额到位", "未足额到位", 0}, {"健全", "不健全", 0},           {"有效", "无效", 0},
    {"合规", "不合规", 0},         {"完备", "不完备", 0},           {"可控", "不可控", 0},
    {"及时", "不及时", 0},         {"有明显提升", "无明显提升", 0}, {"满意", " 满意 ", 2},
    {"明显改善", "无明显改善", 0},
};

Scale Grades() {
  return Scale{
      "优良中差",
      {ScaleLevel{"优", {"优秀"}, 0.9, 1.0, true}, ScaleLevel{"良", {"良好"}, 0.8, 0.9, false},
       ScaleLevel{"中", {}, 0.6, 0.8, false}, ScaleLevel{"差", {}, 0.0, 0.6, false}},
      {}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(qualitative)

BOOST_DATA_TEST_CASE(m5_accepts_a_score_only_inside_the_named_band, bdata::make(kBands), c) {
  const RuleResult r = ScoreThreeTier(Method(RuleKind::kThreeTier), Judged(10, c.score, c.band));
  BOOST_TEST((r.outcome == Outcome::kScored) == c.valid);
  if (c.valid) BOOST_TEST(r.points == c.score, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(m5_band_violation_quotes_the_numbers) {
  const RuleResult r = ScoreThreeTier(Method(RuleKind::kThreeTier), Judged(10, 9, "部分达成"));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "得分 9.00 不在「部分达成」档 [6.00, 8.00) 内");
  BOOST_TEST(ScoreThreeTier(Method(RuleKind::kThreeTier), Judged(10, 7.99, "达成")).reason ==
             "得分 7.99 不在「达成」档 [8.00, 10.00] 内");
}

BOOST_AUTO_TEST_CASE(m5_valid_band_trace_shows_the_range) {
  const RuleResult r = ScoreThreeTier(Method(RuleKind::kThreeTier), Judged(10, 7, "部分达成"));
  BOOST_TEST(r.formula == "s = 7 ∈ 部分达成 [6.00, 8.00)");
  BOOST_TEST(r.reason == "评价人选「部分达成」档并打分");
}

BOOST_AUTO_TEST_CASE(m5_without_a_band_reports_the_band_the_score_falls_in) {
  const RuleResult r = ScoreThreeTier(Method(RuleKind::kThreeTier), Judged(10, 8));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.reason == "得分属「达成」档");
  BOOST_TEST(ScoreThreeTier(Method(RuleKind::kThreeTier), Judged(10, 5.5)).reason ==
             "得分属「未达成」档");
}

BOOST_AUTO_TEST_CASE(m5_needs_the_evaluators_score) {
  const RuleResult r = ScoreThreeTier(Method(RuleKind::kThreeTier), Judged(10, std::nullopt));
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "定性指标需要评价人打分");
}

BOOST_AUTO_TEST_CASE(m5_score_outside_the_weight_cannot_be_scored) {
  const MethodSpec spec = Method(RuleKind::kThreeTier);
  const RuleResult over = ScoreThreeTier(spec, Judged(10, 11));
  BOOST_TEST(over.outcome == Outcome::kCannotScore);
  BOOST_TEST(over.reason == "得分 11.00 超出分值范围 [0.00, 10.00]");
  BOOST_TEST(ScoreThreeTier(spec, Judged(10, -1)).reason ==
             "得分 -1.00 超出分值范围 [0.00, 10.00]");
}

BOOST_AUTO_TEST_CASE(m5_unknown_band_lists_the_bands) {
  const RuleResult r = ScoreThreeTier(Method(RuleKind::kThreeTier), Judged(10, 9, "优秀"));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "档次「优秀」不在评分档次中（可选：达成、部分达成、未达成）");
}

BOOST_AUTO_TEST_CASE(m5_uses_the_templates_scale_and_its_aliases) {
  // Hubei: 80/50.
  const Scale hubei{"湖北三档",
                    {ScaleLevel{"达成", {}, 0.8, 1.0, true},
                     ScaleLevel{"部分达成", {"基本达成"}, 0.5, 0.8, false},
                     ScaleLevel{"未达成", {}, 0.0, 0.5, false}},
                    {}};
  RuleInput in = Judged(10, 5, "基本达成");
  in.scale = &hubei;
  const RuleResult r = ScoreThreeTier(Method(RuleKind::kThreeTier), in);
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == 5.0);
  in.entered_score = 4.99;
  BOOST_TEST(ScoreThreeTier(Method(RuleKind::kThreeTier), in).reason ==
             "得分 4.99 不在「部分达成」档 [5.00, 8.00) 内");
}

BOOST_AUTO_TEST_CASE(m5_default_scale_is_the_central_one) {
  const Scale& s = DefaultThreeTierScale();
  BOOST_TEST_REQUIRE(s.levels.size() == 3u);
  BOOST_TEST(s.levels[0].label == "达成");
  BOOST_TEST(s.levels[0].high_inclusive);
  BOOST_TEST(s.levels[1].low == 0.6);
  BOOST_TEST(!s.levels[1].high_inclusive);
}

BOOST_DATA_TEST_CASE(m12_matches_the_target_or_its_negation, bdata::make(kMatches), c) {
  const RuleResult r =
      ScoreQualitativeMatch(Method(RuleKind::kQualitativeMatch), Labels(2, c.target, c.actual));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == c.points);
}

BOOST_AUTO_TEST_CASE(m12_match_and_negation_say_which) {
  const MethodSpec spec = Method(RuleKind::kQualitativeMatch);
  const RuleResult met = ScoreQualitativeMatch(spec, Labels(2, "合理", "合理"));
  BOOST_TEST(met.formula == "「合理」 = 目标「合理」 → w = 2");
  BOOST_TEST(met.reason == "达到目标「合理」，得满分");
  const RuleResult not_met = ScoreQualitativeMatch(spec, Labels(2, "合理", "不合理"));
  BOOST_TEST(not_met.formula == "「不合理」是目标「合理」的否定 → 0");
  BOOST_TEST(not_met.reason == "未达到目标「合理」，得 0 分");
}

BOOST_AUTO_TEST_CASE(m12_unknown_label_cannot_be_scored) {
  const RuleResult r =
      ScoreQualitativeMatch(Method(RuleKind::kQualitativeMatch), Labels(2, "合理", "基本合理"));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "无法判断实际完成值「基本合理」是否达到目标「合理」");
}

BOOST_AUTO_TEST_CASE(m12_negation_is_not_guessed_from_similar_words) {
  const MethodSpec spec = Method(RuleKind::kQualitativeMatch);
  BOOST_TEST(ScoreQualitativeMatch(spec, Labels(2, "合理", "不太合理")).outcome ==
             Outcome::kCannotScore);
  BOOST_TEST(ScoreQualitativeMatch(spec, Labels(2, "不合理", "合理")).outcome ==
             Outcome::kCannotScore);
}

BOOST_AUTO_TEST_CASE(m12_with_a_scale_gives_the_levels_fraction) {
  const Scale grades = Grades();
  RuleInput in = Labels(5, "", "良好");
  in.scale = &grades;
  const RuleResult r = ScoreQualitativeMatch(Method(RuleKind::kQualitativeMatch), in);
  BOOST_TEST(r.points == 4.5, tt::tolerance(1e-9));
  BOOST_TEST(r.formula == "「良好」 → 0.9 × w = 0.9 × 5 = 4.5");
  BOOST_TEST(r.reason == "实际完成值为「良」，得分值的 90%");
}

BOOST_AUTO_TEST_CASE(m12_label_outside_the_scale_is_named) {
  const Scale grades = Grades();
  RuleInput in = Labels(5, "", "一般");
  in.scale = &grades;
  const RuleResult r = ScoreQualitativeMatch(Method(RuleKind::kQualitativeMatch), in);
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "实际完成值「一般」不在评分档次中（可选：优、良、中、差）");
}

BOOST_AUTO_TEST_CASE(m12_missing_values_are_missing_data) {
  const MethodSpec spec = Method(RuleKind::kQualitativeMatch);
  const RuleResult no_actual = ScoreQualitativeMatch(spec, Labels(2, "合理", ""));
  BOOST_TEST(no_actual.outcome == Outcome::kMissingData);
  BOOST_TEST(no_actual.reason == "缺少实际完成值");
  const RuleResult no_target = ScoreQualitativeMatch(spec, Labels(2, "", "合理"));
  BOOST_TEST(no_target.outcome == Outcome::kMissingData);
  BOOST_TEST(no_target.reason == "缺少目标值");
}

BOOST_AUTO_TEST_CASE(m13_gives_full_marks) {
  RuleInput in;
  in.weight = 3;
  const RuleResult r = ScoreDefaultFull(Method(RuleKind::kDefaultFull), in);
  BOOST_TEST(r.points == 3.0);
  BOOST_TEST(r.formula == "默认满分 = 3");
  BOOST_TEST(r.reason == "默认满分");
}

BOOST_AUTO_TEST_CASE(m14_takes_the_entered_score_and_names_the_deduction) {
  const RuleResult r = ScoreManual(Method(RuleKind::kManual), Judged(15, 14));
  BOOST_TEST(r.points == 14.0);
  BOOST_TEST(r.formula == "s = 14");
  BOOST_TEST(r.reason == "评价人打分，扣 1 分");
  BOOST_TEST(ScoreManual(Method(RuleKind::kManual), Judged(15, 15)).reason == "评价人打分");
}

BOOST_AUTO_TEST_CASE(m14_needs_a_score_within_the_weight) {
  const MethodSpec spec = Method(RuleKind::kManual);
  const RuleResult missing = ScoreManual(spec, Judged(15, std::nullopt));
  BOOST_TEST(missing.outcome == Outcome::kMissingData);
  BOOST_TEST(missing.reason == "人工评分指标需要评价人打分");
  const RuleResult over = ScoreManual(spec, Judged(15, 16));
  BOOST_TEST(over.outcome == Outcome::kCannotScore);
  BOOST_TEST(over.reason == "得分 16.00 超出分值范围 [0.00, 15.00]");
}

BOOST_AUTO_TEST_CASE(a_number_is_no_qualitative_conclusion) {  // JX-R22
  RuleInput in;
  in.weight = 10;
  in.actual = 85;
  const RuleResult r = ScoreQualitativeMatch(MethodSpec{}, in);
  BOOST_TEST((r.outcome == Outcome::kCannotScore));
  BOOST_TEST(r.reason == "实际完成值 85 不是定性结论");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
