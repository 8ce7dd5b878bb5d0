#include "rules/checklist.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "tests/rules/rule_testing.h"

namespace jixiao {
namespace {

MethodSpec Items() {
  MethodSpec spec = Method(RuleKind::kChecklist);
  spec.items = {{"制度健全", 3}, {"档案完整", 3}, {"按时报送", 4}, {"公开透明", 2}};
  return spec;
}

RuleInput Satisfied(double w, std::vector<std::string> labels) {
  RuleInput in;
  in.weight = w;
  in.satisfied = std::move(labels);
  return in;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(checklist)

BOOST_AUTO_TEST_CASE(adds_the_points_of_satisfied_items) {
  const RuleResult r = ScoreChecklist(Items(), Satisfied(10, {"按时报送", "制度健全"}));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == 7.0);
  BOOST_TEST(r.formula == "Σ 满足条款的分值 = 3 + 4 = 7");
  BOOST_TEST(r.reason == "满足 2/4 项条款");
}

BOOST_AUTO_TEST_CASE(sum_is_capped_at_the_weight) {
  const RuleResult r =
      ScoreChecklist(Items(), Satisfied(10, {"制度健全", "档案完整", "按时报送", "公开透明"}));
  BOOST_TEST(r.points == 10.0);
  BOOST_TEST(r.formula == "Σ 满足条款的分值 = 3 + 3 + 4 + 2 = 12 → 10");
  BOOST_TEST(r.reason == "满足 4/4 项条款，最高 10 分");
}

BOOST_AUTO_TEST_CASE(nothing_satisfied_scores_zero) {
  const RuleResult r = ScoreChecklist(Items(), Satisfied(10, {}));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.formula == "Σ 满足条款的分值 = 0");
  BOOST_TEST(r.reason == "满足 0/4 项条款");
}

BOOST_AUTO_TEST_CASE(an_item_named_twice_counts_once) {
  const RuleResult r = ScoreChecklist(Items(), Satisfied(10, {"公开透明", "公开透明 "}));
  BOOST_TEST(r.points == 2.0);
  BOOST_TEST(r.formula == "Σ 满足条款的分值 = 2");
}

BOOST_AUTO_TEST_CASE(unknown_item_cannot_be_scored) {
  const RuleResult r = ScoreChecklist(Items(), Satisfied(10, {"制度健全", "制度完善"}));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "「制度完善」不是评分清单中的条款");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
