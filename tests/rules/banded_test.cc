#include "rules/banded.h"

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

Band MakeBand(std::optional<double> low, bool low_inclusive, std::optional<double> high,
              bool high_inclusive, double points, std::string raw = "") {
  Band b;
  b.low = low;
  b.low_inclusive = low_inclusive;
  b.high = high;
  b.high_inclusive = high_inclusive;
  b.points = points;
  b.raw = std::move(raw);
  return b;
}

// 岳阳-style completion bands, matched against B/A × 100: lower edges included.
MethodSpec CompletionBands() {
  MethodSpec spec = Method(RuleKind::kBanded);
  spec.band_measure = BandMeasure::kRatioPercent;
  spec.bands = {MakeBand(90, true, std::nullopt, false, 10, "90%(含)以上"),
                MakeBand(80, true, 90, false, 8, "80%(含)-90%"),
                MakeBand(60, true, 80, false, 5, "60%(含)-80%")};
  return spec;
}

// Bands matched against B itself, upper edges included: "0-10%(含)".
MethodSpec UpperInclusiveBands() {
  MethodSpec spec = Method(RuleKind::kBanded);
  spec.band_measure = BandMeasure::kActual;
  spec.bands = {MakeBand(0, false, 10, true, 3), MakeBand(10, false, 20, true, 2)};
  return spec;
}

struct Case {
  double b;
  double points;
};
std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << "B=" << c.b << " → " << c.points;
}

const std::vector<Case> kCompletion = {
    {95, 10}, {90, 10}, {89.99, 8}, {80, 8}, {79.9, 5}, {60, 5}, {59.99, 0}, {0, 0},
};
const std::vector<Case> kUpperInclusive = {
    {0, 0}, {0.01, 3}, {10, 3}, {10.01, 2}, {20, 2}, {20.5, 0},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(banded)

BOOST_DATA_TEST_CASE(lower_edge_inclusive_when_marked, bdata::make(kCompletion), c) {
  const RuleResult r = ScoreBanded(CompletionBands(), Numbers(10, 100, c.b));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == c.points);
}

BOOST_DATA_TEST_CASE(upper_edge_inclusive_when_marked, bdata::make(kUpperInclusive), c) {
  const RuleResult r = ScoreBanded(UpperInclusiveBands(), Numbers(5, std::nullopt, c.b));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == c.points);
}

BOOST_AUTO_TEST_CASE(trace_names_the_band_as_written) {
  const RuleResult r = ScoreBanded(CompletionBands(), Numbers(10, 100, 85));
  BOOST_TEST(r.formula == "B/A × 100 = 85/100 × 100 = 85 ∈ 80%(含)-90% → 8");
  BOOST_TEST(r.reason == "落在「80%(含)-90%」档");
}

BOOST_AUTO_TEST_CASE(band_without_text_is_named_by_its_range) {
  const RuleResult r = ScoreBanded(UpperInclusiveBands(), Numbers(5, std::nullopt, 10));
  BOOST_TEST(r.formula == "B = 10 ∈ (0, 10] → 3");
  BOOST_TEST(r.reason == "落在「(0, 10]」档");
}

BOOST_AUTO_TEST_CASE(measure_in_no_band_scores_zero_and_says_so) {
  const RuleResult r = ScoreBanded(CompletionBands(), Numbers(10, 100, 59));
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.formula == "B/A × 100 = 59/100 × 100 = 59，不在任何档内 → 0");
  BOOST_TEST(r.reason == "59 不在任何档内，得 0 分");
}

BOOST_AUTO_TEST_CASE(edges_survive_floating_point_noise) {
  MethodSpec spec = Method(RuleKind::kBanded);
  spec.band_measure = BandMeasure::kRatioPercent;
  spec.bands = {MakeBand(78.93, true, std::nullopt, false, 4), MakeBand(0, true, 78.93, false, 1)};
  BOOST_TEST(ScoreBanded(spec, Numbers(10, 100, 78.93)).points == 4.0);
  BOOST_TEST(ScoreBanded(spec, Numbers(10, 3, 2.3679)).points == 4.0);  // 78.93%
  BOOST_TEST(ScoreBanded(spec, Numbers(10, 100, 78.92)).points == 1.0);
}

BOOST_AUTO_TEST_CASE(fraction_bands_earn_a_share_of_the_weight) {
  MethodSpec spec = Method(RuleKind::kBanded);
  spec.bands = {MakeBand(80, true, 90, false, 0.5)};
  spec.bands[0].fraction = true;
  const RuleResult r = ScoreBanded(spec, Numbers(6, std::nullopt, 85));
  BOOST_TEST(r.points == 3.0, tt::tolerance(1e-9));
  BOOST_TEST(r.formula == "B = 85 ∈ [80, 90) → 0.5 × w = 3");
}

BOOST_AUTO_TEST_CASE(band_points_above_the_weight_are_capped) {
  MethodSpec spec = Method(RuleKind::kBanded);
  spec.bands = {MakeBand(std::nullopt, true, std::nullopt, false, 12)};
  const RuleResult r = ScoreBanded(spec, Numbers(10, std::nullopt, 1));
  BOOST_TEST(r.points == 10.0);
  BOOST_TEST(r.reason == "落在「(-∞, +∞)」档，最高 10 分");
}

BOOST_AUTO_TEST_CASE(ratio_with_target_zero_cannot_be_scored) {
  const RuleResult r = ScoreBanded(CompletionBands(), Numbers(10, 0, 5));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "目标值为 0，无法计算比例");
}

BOOST_AUTO_TEST_CASE(missing_actual_is_missing_data) {
  const RuleResult r = ScoreBanded(UpperInclusiveBands(), Numbers(5, std::nullopt, std::nullopt));
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "缺少实际完成值");
}

BOOST_AUTO_TEST_CASE(band_range_uses_interval_notation) {
  BOOST_TEST(BandRange(MakeBand(80, true, 90, false, 0)) == "[80, 90)");
  BOOST_TEST(BandRange(MakeBand(std::nullopt, true, 10, true, 0)) == "(-∞, 10]");
  BOOST_TEST(BandRange(MakeBand(0.5, false, std::nullopt, false, 0)) == "(0.5, +∞)");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
