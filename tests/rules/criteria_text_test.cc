#include "rules/criteria_text.h"

#include <ostream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct Case {
  const char* text;
  bool recognised;
  RuleKind kind;  // when recognised
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.text; }

// Every distinct rule_text of shared/reference/shenzhen_2019_dev.json, as published (the
// 人员到位率 typo "100%得满分，100%得0分" included: it must not be read).
const std::vector<Case> kShenzhen = {
    {"业绩值为4301万元得满分；每降低1%扣权重值的1%，扣完为止。", true, RuleKind::kLinearDeduction},
    {"业绩值为合理得满分；不合理为0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值为足额到位得满分；未足额到位为0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值为100%得满分；每降低1%扣权重值的1%，扣完为止。", true, RuleKind::kLinearDeduction},
    {"业绩值为健全得满分；不健全为0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值为有效得满分；无效为0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值为合规得满分；不合规为0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值为完备得满分；不完备为0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值为可控得满分；不可控为0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值≥200篇得满分，＜200篇得0分。", true, RuleKind::kThreshold},
    {"业绩值≥10人次得满分，＜10人次得0分。", true, RuleKind::kThreshold},
    {"业绩值≥4次得满分，＜4次得0分。", true, RuleKind::kThreshold},
    {"业绩值≥1次得满分，＜1次得0分。", true, RuleKind::kThreshold},
    {"业绩值≥50次得满分，＜50次得0分。", true, RuleKind::kThreshold},
    {"业绩值≥100平方米得满分，＜100平方米得0分。", true, RuleKind::kThreshold},
    {"业绩值≥2次得满分，＜2次得0分。", true, RuleKind::kThreshold},
    {"业绩值≥25人次得满分，＜25人次得0分。", true, RuleKind::kThreshold},
    {"业绩值≥128人得满分，＜128人得0分。", true, RuleKind::kThreshold},
    {"业绩值≥10人得满分，＜10人得0分。", true, RuleKind::kThreshold},
    {"业绩值≥27人得满分，＜27人得0分。", true, RuleKind::kThreshold},
    {"业绩值≥21人得满分，＜21人得0分。", true, RuleKind::kThreshold},
    {"业绩值≥8个得满分，＜8个得0分。", true, RuleKind::kThreshold},
    {"业绩值≥200人得满分，＜200人得0分。", true, RuleKind::kThreshold},
    {"业绩值及时得满分，不及时得0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值≥20000人次得满分，＜20000人次得0分。", true, RuleKind::kThreshold},
    {"业绩值≥10次得满分，＜10次得0分。", true, RuleKind::kThreshold},
    {"业绩值≥800个得满分，＜800个得0分。", true, RuleKind::kThreshold},
    {"无投诉，默认为满意，因未开展调查酌情扣分。", true, RuleKind::kManual},
    {"业绩值满意得满分，不满意得0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值满意得满分，因参与调查人数未达100%，酌情扣分。", true, RuleKind::kManual},
    {"业绩值健全得满分，不健全得0分。", true, RuleKind::kQualitativeMatch},
    {"业绩值100%得满分，100%得0分。", false, RuleKind::kManual},
    {"业绩值完备得满分，不完备得0分。", true, RuleKind::kQualitativeMatch},
};

BOOST_AUTO_TEST_SUITE(criteria_text)

BOOST_DATA_TEST_CASE(reads_every_shenzhen_rule_text, bdata::make(kShenzhen), c) {
  ParsedCriteria p = ParseCriteria(c.text);
  BOOST_TEST(p.recognised == c.recognised, p.problem);
  if (c.recognised) BOOST_TEST(RuleKindCode(p.method.kind) == RuleKindCode(c.kind), p.summary);
}

// The wordings of the issue and other families seen in published tables.
const std::vector<Case> kFamilies = {
    {"业绩值≥200篇得满分，＜200篇得0分", true, RuleKind::kThreshold},
    {"业绩值为100%得满分；每降低1%扣权重值的1%，扣完为止", true, RuleKind::kLinearDeduction},
    {"业绩值低于目标值50%不得分，高于50%按业绩值/目标值*权重得分，本项最高分值为指标总分值", true,
     RuleKind::kProportionalFloor},
    {"业绩值为合理得满分；不合理为0分", true, RuleKind::kQualitativeMatch},
    {"专项资金无政府采购默认得满分", true, RuleKind::kDefaultFull},
    {"每超过一个百分点扣0.5分，扣完为止", true, RuleKind::kDeduction},
    {"每降低1个百分点，扣0.5分，扣完为止", true, RuleKind::kDeduction},
    {"每发现一次违规扣1分", true, RuleKind::kDeduction},
    {"每发现一次扣1分，扣完为止", true, RuleKind::kDeduction},
    {"≥90%得满分，80%(含)-90%得8分，＜80%得0分", true, RuleKind::kBanded},
    {"达到目标值100%得满分，达到目标值80%（含）-100%得6分，低于目标值80%得0分", true,
     RuleKind::kBanded},
    {"按业绩值/目标值*权重得分", true, RuleKind::kProportional},
    {"业绩值≥90%得满分", false, RuleKind::kThreshold},
    {"业绩值≥90%得满分，≥90%得0分", false, RuleKind::kThreshold},
    {"业绩值≥90%得满分，＜80%得0分", false, RuleKind::kThreshold},
    {"业绩值为合理得满分，合理得0分", false, RuleKind::kQualitativeMatch},
    {"根据实际情况综合评定", false, RuleKind::kManual},
    {"", false, RuleKind::kManual},
    {"业绩值为优得满分，良得8分，差得0分", false, RuleKind::kQualitativeMatch},
};

BOOST_DATA_TEST_CASE(reads_phrase_families_and_refuses_the_rest, bdata::make(kFamilies), c) {
  ParsedCriteria p = ParseCriteria(c.text);
  BOOST_TEST(p.recognised == c.recognised, p.summary + p.problem);
  if (c.recognised) BOOST_TEST(RuleKindCode(p.method.kind) == RuleKindCode(c.kind), p.summary);
  if (!c.recognised) BOOST_TEST(!p.problem.empty());
}

BOOST_AUTO_TEST_CASE(threshold_keeps_the_target_the_text_names) {
  ParsedCriteria p = ParseCriteria("业绩值≥200篇得满分，＜200篇得0分。");
  BOOST_REQUIRE(p.rule_target.has_value());
  BOOST_TEST(p.rule_target->number == 200);
  BOOST_TEST(p.rule_target->unit == "篇");
  BOOST_TEST((p.rule_target->comparator == Comparator::kAtLeast));
}

BOOST_AUTO_TEST_CASE(linear_deduction_reads_its_rate_and_target) {
  ParsedCriteria p = ParseCriteria("业绩值为4301万元得满分；每降低1%扣权重值的2%，扣完为止。");
  BOOST_REQUIRE(p.recognised);
  BOOST_TEST(p.method.deduction_rate == 2);
  BOOST_REQUIRE(p.rule_target.has_value());
  BOOST_TEST(p.rule_target->number == 4301);
  BOOST_TEST(p.rule_target->unit == "万元");
}

BOOST_AUTO_TEST_CASE(floor_is_read_from_the_zero_clause) {
  ParsedCriteria p = ParseCriteria(
      "业绩值低于目标值60%不得分，高于60%按业绩值/目标值*权重得分，本项最高分值为指标总分值");
  BOOST_REQUIRE(p.recognised);
  BOOST_TEST(p.method.floor_ratio == 0.6, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(deduction_reads_step_and_points) {
  ParsedCriteria p = ParseCriteria("每超过一个百分点扣0.5分，扣完为止");
  BOOST_REQUIRE(p.recognised);
  BOOST_TEST(p.method.step_points == 0.5);
  BOOST_TEST(p.method.step_size == 1);
  BOOST_TEST((p.method.measure == DeductionMeasure::kExcess));
}

BOOST_AUTO_TEST_CASE(bands_keep_their_edges) {
  ParsedCriteria p = ParseCriteria("≥90%得满分，80%(含)-90%得8分，＜80%得0分");
  BOOST_REQUIRE(p.recognised);
  BOOST_REQUIRE(p.method.bands.size() == 3u);
  BOOST_TEST(*p.method.bands[1].low == 80);
  BOOST_TEST(p.method.bands[1].low_inclusive);
  BOOST_TEST(*p.method.bands[1].high == 90);
  BOOST_TEST(!p.method.bands[1].high_inclusive);
  BOOST_TEST(p.method.bands[1].points == 8);
}

BOOST_AUTO_TEST_CASE(contradiction_names_both_clauses) {
  ParsedCriteria p = ParseCriteria("业绩值100%得满分，100%得0分。");
  BOOST_TEST(!p.recognised);
  BOOST_TEST(p.problem == "条件矛盾：「100%」既得满分又得0分（业绩值100%得满分；100%得0分）");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
